import { ActionIcon, Box, Group, Paper, Text, Tooltip } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFragment, safeHref } from './safe-html';

interface Props {
  editorRef: RefObject<HTMLDivElement | null>;
  placeholder: string;
  empty: boolean;
  onInput: () => void;
  background?: string;
}

/** Runs a formatting command on the current selection (the server sanitises whatever is sent). */
const exec = (command: string, value?: string) => document.execCommand(command, false, value);

/** Inserts simple-formatted HTML at the caret in `editor`, or at its end when the caret is elsewhere. */
export function insertHtml(editor: HTMLDivElement, html: string): void {
  const fragment = safeFragment(html);
  const sel = window.getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
  if (range && editor.contains(range.commonAncestorContainer)) {
    range.deleteContents();
    range.insertNode(fragment);
    range.collapse(false);
  } else {
    editor.appendChild(fragment);
  }
}

/** True when the editor holds no text and no list items. */
export const isEmpty = (editor: HTMLDivElement | null) => !editor || (!(editor.textContent ?? '').trim() && !editor.querySelector('li'));

/** A small rich-text editor: bold, italic, lists and links on a contentEditable area; pasting keeps plain text. */
export function RichEditor({ editorRef, placeholder, empty, onInput, background }: Props) {
  const { t } = useTranslation();
  const tools = [
    { key: 'bold', label: t('cases.reply.bold'), icon: <b>B</b>, run: () => exec('bold') },
    { key: 'italic', label: t('cases.reply.italic'), icon: <i>I</i>, run: () => exec('italic') },
    { key: 'bullets', label: t('cases.reply.bullets'), icon: '•', run: () => exec('insertUnorderedList') },
    { key: 'numbered', label: t('cases.reply.numbered'), icon: '1.', run: () => exec('insertOrderedList') },
    {
      key: 'link',
      label: t('cases.reply.link'),
      icon: (
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1 1" />
          <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1-1" />
        </svg>
      ),
      run: () => {
        const url = window.prompt(t('cases.reply.linkPrompt'), 'https://');
        if (safeHref(url)) exec('createLink', url.trim());
      },
    },
  ];
  return (
    <Paper withBorder bg={background}>
      <Group gap={4} p={4} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} role="toolbar" aria-label={t('cases.reply.toolbar')}>
        {tools.map((tool) => (
          <Tooltip key={tool.key} label={tool.label}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={tool.label}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                tool.run();
                onInput();
              }}
              data-testid={`case-reply-${tool.key}`}
            >
              {tool.icon}
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
      <Box pos="relative">
        {empty && (
          <Text size="sm" c="dimmed" pos="absolute" top={10} left={12} style={{ pointerEvents: 'none' }}>
            {placeholder}
          </Text>
        )}
        {/* biome-ignore lint/a11y/useSemanticElements: rich text needs contentEditable; a textarea holds plain text only */}
        <div
          ref={editorRef}
          contentEditable
          suppressContentEditableWarning
          role="textbox"
          aria-multiline="true"
          aria-label={placeholder}
          tabIndex={0}
          onInput={onInput}
          onPaste={(e) => {
            e.preventDefault();
            exec('insertText', e.clipboardData.getData('text/plain'));
          }}
          data-testid="case-reply-editor"
          style={{ minHeight: 120, padding: '8px 12px', outline: 'none', fontSize: 14, lineHeight: 1.5 }}
        />
      </Box>
    </Paper>
  );
}
