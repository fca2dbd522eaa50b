import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from './money';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
  testId: string;
  error?: string;
  description?: string;
}

/** A euro amount typed the Dutch way ("24,95"); says why a value is refused. */
export function MoneyField({ label, value, onChange, required, testId, error, description }: Props) {
  const { t } = useTranslation('catalog');
  const text = value.trim();
  const own = !text ? undefined : text.startsWith('-') ? t('form.negative') : parseMoneyInput(text) === null ? t('form.invalidAmount') : undefined;
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      required={required}
      inputMode="decimal"
      leftSection="€"
      placeholder="0,00"
      error={own ?? error}
      data-testid={testId}
    />
  );
}

/** Cents of a money field: 0 when left empty, null when it cannot be read. */
export function centsOf(text: string): number | null {
  return text.trim() ? parseMoneyInput(text) : 0;
}
