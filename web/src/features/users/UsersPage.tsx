import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney, formatNumber } from '../../app/format';
import { ROLES, type Role } from '../../app/types';
import { ErrorAlert, Loading, Pager } from '../../app/ui';
import { useUsers } from './api';
import { UserFormModal } from './UserFormModal';

const PAGE_SIZE = 20;

export function UsersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [role, setRole] = useState<Role | null>(null);
  const [active, setActive] = useState<'true' | 'false' | null>(null);
  const [page, setPage] = useState(1);
  const [opened, { open, close }] = useDisclosure(false);
  const users = useUsers({ q, role, active, page, pageSize: PAGE_SIZE });
  const roleOptions = ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
  const pages = users.data ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : 1;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('users.title')}</Title>
        <Button onClick={open} data-testid="users-new">
          {t('users.new')}
        </Button>
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t('users.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="users-search"
          w={280}
        />
        <Select
          label={t('users.role')}
          placeholder={t('users.allRoles')}
          data={roleOptions}
          value={role}
          onChange={(v) => {
            setRole(v as Role | null);
            setPage(1);
          }}
          clearable
          data-testid="users-role-filter"
          w={240}
        />
        <Select
          label={t('users.status')}
          placeholder={t('users.allStatuses')}
          data={[
            { value: 'true', label: t('users.active') },
            { value: 'false', label: t('users.inactive') },
          ]}
          value={active}
          onChange={(v) => {
            setActive(v as 'true' | 'false' | null);
            setPage(1);
          }}
          clearable
          w={200}
        />
      </Group>
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common.name')}</Table.Th>
                  <Table.Th>{t('users.email')}</Table.Th>
                  <Table.Th>{t('users.role')}</Table.Th>
                  <Table.Th>{t('users.status')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('users.cost')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('users.hours')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/users/${u.id}`}>
                        {u.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{u.email}</Table.Td>
                    <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={u.active ? 'teal' : 'gray'} variant="light">
                        {u.active ? t('users.active') : t('users.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatMoney(u.hourlyCostCents)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatNumber(u.contractHoursPerWeek)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {users.data.items.length === 0 && <Text c="dimmed">{t('users.empty')}</Text>}
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {t('common.total', { count: users.data.total })}
            </Text>
            <Pager total={pages} value={page} onChange={setPage} />
          </Group>
        </>
      )}
      <UserFormModal opened={opened} onClose={close} />
    </Stack>
  );
}
