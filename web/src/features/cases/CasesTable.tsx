import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PriorityBadge, SlaBadge, StatusBadge, useDeadline } from './badges';
import { namesOf, usePeople } from './people';
import type { CaseListItem } from './types';

interface Props {
  items: CaseListItem[];
  selected: Set<string>;
  /** Without it the rows have no checkboxes (read-only roles). */
  onSelect?: (ids: Set<string>) => void;
  onOpen: (id: string) => void;
}

/** The inbox rows, with a checkbox per row for bulk changes. */
export function CasesTable({ items, selected, onSelect, onOpen }: Props) {
  const { t } = useTranslation();
  const deadline = useDeadline();
  const names = namesOf(usePeople());
  const all = items.length > 0 && items.every((c) => selected.has(c.id));
  const some = items.some((c) => selected.has(c.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect?.(next);
  };
  const stop = (e: { stopPropagation(): void }) => e.stopPropagation();

  return (
    <Table.ScrollContainer minWidth={1150}>
      <Table striped highlightOnHover data-testid="cases-table">
        <Table.Thead>
          <Table.Tr>
            {onSelect && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label={t('cases.selectAll')}
                  checked={all}
                  indeterminate={some && !all}
                  onChange={() => onSelect(all ? new Set() : new Set(items.map((c) => c.id)))}
                  data-testid="cases-select-all"
                />
              </Table.Th>
            )}
            <Table.Th>{t('cases.columns.number')}</Table.Th>
            <Table.Th>{t('cases.columns.subject')}</Table.Th>
            <Table.Th>{t('cases.columns.customer')}</Table.Th>
            <Table.Th>{t('cases.columns.status')}</Table.Th>
            <Table.Th>{t('cases.columns.priority')}</Table.Th>
            <Table.Th>{t('cases.columns.sla')}</Table.Th>
            <Table.Th>{t('cases.columns.assignee')}</Table.Th>
            <Table.Th>{t('cases.columns.lastActivity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr
              key={c.id}
              data-testid="case-row"
              data-number={c.number}
              onClick={() => onOpen(c.id)}
              style={{ cursor: 'pointer' }}
              bg={selected.has(c.id) ? 'var(--mantine-color-teal-light)' : undefined}
            >
              {onSelect && (
                <Table.Td onClick={stop}>
                  <Checkbox aria-label={t('cases.selectRow', { number: c.number })} checked={selected.has(c.id)} onChange={() => toggle(c.id)} data-testid="case-select" />
                </Table.Td>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/cases/${c.id}`} onClick={stop} ff="monospace" size="sm">
                  {c.number}
                </Anchor>
              </Table.Td>
              <Table.Td miw={240}>
                <Text size="sm" lineClamp={2} title={c.subject}>
                  {c.subject}
                </Text>
                {c.contactNeedsReview && (
                  <Badge size="xs" color="orange" variant="light">
                    {t('cases.review')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{c.customerName}</Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <PriorityBadge priority={c.priority} />
              </Table.Td>
              <Table.Td>
                <SlaBadge state={c.slaState} dueAt={c.slaDueAt} />
              </Table.Td>
              <Table.Td>
                {c.assigneeId ? (names.get(c.assigneeId) ?? t('cases.colleague')) : <Text c="dimmed" size="sm">{t('cases.unassigned')}</Text>}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{deadline(c.lastMessageAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
