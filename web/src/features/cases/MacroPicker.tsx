import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/problem-messages';
import { useMacros, useRenderMacro } from './api';
import type { MacroSet } from './types';

/** Picks a macro; the server renders it for this case (placeholders filled) and the composer inserts it. */
export function MacroPicker({ caseId, onApply }: { caseId: string; onApply: (html: string, set: MacroSet) => void }) {
  const { t } = useTranslation();
  const macros = useMacros();
  const render = useRenderMacro(caseId);
  if (!macros.data?.items.length) return null;
  return (
    <Select
      placeholder={t('cases.reply.macro')}
      aria-label={t('cases.reply.macro')}
      data={macros.data.items.map((m) => ({ value: m.id, label: m.name }))}
      value={null}
      onChange={(id) => id && render.mutate(id, { onSuccess: (r) => onApply(r.bodyHtml, r.set) })}
      searchable
      disabled={render.isPending}
      error={render.isError ? problemMessage(render.error, t) : undefined}
      w={260}
      data-testid="case-reply-macro"
    />
  );
}
