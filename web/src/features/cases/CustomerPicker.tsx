import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get, qs } from '../../app/api';
import type { Page } from '../../app/types';
import type { CustomerListItem } from '../customers/types';

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

const describe = (c: CustomerListItem) => [c.name, [c.postcode, c.houseNumber].filter((v) => v !== null).join(' '), c.city].filter(Boolean).join(' · ');

/** Finds a customer by name, email, phone or postcode + house number on the server as the agent types. */
export function CustomerPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search, 250);
  const typed = q.trim().length >= 2 && q !== chosen?.label;
  const found = useQuery({
    queryKey: ['customers', 'picker', q],
    queryFn: () => get<Page<CustomerListItem>>(`/api/v1/customers${qs({ q: q.trim(), pageSize: 10 })}`),
    enabled: typed,
    placeholderData: keepPreviousData,
  });
  const options = (typed ? (found.data?.items ?? []) : []).map((c) => ({ value: c.id, label: describe(c) }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);

  return (
    <Select
      label={t('cases.form.customer')}
      placeholder={t('cases.form.customerPlaceholder')}
      searchable
      required
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      onChange={(id, option) => {
        setChosen(id && option ? { value: option.value, label: option.label } : null);
        onChange(id);
      }}
      filter={({ options: all }) => all}
      nothingFoundMessage={typed && !found.isFetching ? t('cases.form.noCustomer') : undefined}
      error={error}
      clearable
      data-testid="case-form-customer"
    />
  );
}
