import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseMoneyInput } from './money';

interface Props {
  label: string;
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
  testId?: string;
  w?: number | string;
}

/** A euro amount typed the Dutch way ("24,95", "1.234,56"); shows why a value is refused (negatives included). */
export function MoneyInput({ label, value, onChange, required, testId, w }: Props) {
  const { t } = useTranslation('sales');
  const trimmed = value.trim();
  const error = !trimmed ? undefined : trimmed.startsWith('-') ? t('money.negative') : parseMoneyInput(trimmed) === null ? t('money.invalid') : undefined;
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      required={required}
      inputMode="decimal"
      leftSection="€"
      placeholder="0,00"
      error={error}
      data-testid={testId}
      w={w}
    />
  );
}
