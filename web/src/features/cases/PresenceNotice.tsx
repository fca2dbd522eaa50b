import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../../i18n';
import type { Viewer } from './types';

/** "Jan en Piet" / "Jan and Piet". */
const listOf = (names: string[]) => new Intl.ListFormat(currentLang() === 'en' ? 'en-GB' : 'nl-NL', { type: 'conjunction' }).format(names);

/** Collision warning: who else has this case open, and who is typing a reply right now. */
export function PresenceNotice({ viewers }: { viewers: Viewer[] }) {
  const { t } = useTranslation();
  if (viewers.length === 0) return null;
  const typing = viewers.filter((v) => v.typing).map((v) => v.name);
  const watching = viewers.filter((v) => !v.typing).map((v) => v.name);
  const lines = [
    typing.length > 0 && t('cases.presence.typing', { count: typing.length, names: listOf(typing) }),
    watching.length > 0 && t('cases.presence.viewing', { count: watching.length, names: listOf(watching) }),
  ].filter(Boolean);
  return (
    <Alert color={typing.length ? 'orange' : 'yellow'} variant="light" role="status" data-testid="case-presence" py="xs">
      {lines.join(' · ')}
    </Alert>
  );
}
