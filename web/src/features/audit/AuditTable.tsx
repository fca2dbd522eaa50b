import { Button, Code, Grid, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { AuditEntry } from '../../app/types';
import { currentLang } from '../../i18n';

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.ip')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.actionColumn')}</Table.Th>
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Fragment key={e.id}>
              <Table.Tr>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, currentLang())}</Table.Td>
                <Table.Td>{e.actorLabel}</Table.Td>
                <Table.Td>{e.ip ?? ''}</Table.Td>
                <Table.Td>
                  <Text size="sm">{e.entityType}</Text>
                  {e.entityId && (
                    <Text size="xs" c="dimmed">
                      {e.entityId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-expanded={open === e.id}
                    aria-controls={`audit-detail-${e.id}`}
                    onClick={() => setOpen(open === e.id ? null : e.id)}
                    disabled={!e.before && !e.after}
                  >
                    {open === e.id ? t('audit.hide') : t('audit.details')}
                  </Button>
                </Table.Td>
              </Table.Tr>
              {open === e.id && (
                <Table.Tr id={`audit-detail-${e.id}`}>
                  <Table.Td colSpan={6}>
                    <Grid>
                      <Grid.Col span={{ base: 12, md: 6 }}>
                        <Text size="sm" fw={600}>
                          {t('audit.before')}
                        </Text>
                        <Code block>{JSON.stringify(e.before, null, 2)}</Code>
                      </Grid.Col>
                      <Grid.Col span={{ base: 12, md: 6 }}>
                        <Text size="sm" fw={600}>
                          {t('audit.after')}
                        </Text>
                        <Code block>{JSON.stringify(e.after, null, 2)}</Code>
                      </Grid.Col>
                    </Grid>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
