import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PartsTab } from './PartsTab';
import { ServicesTab } from './ServicesTab';
import { SettingsTab } from './SettingsTab';
import { VatTab } from './VatTab';

const TABS = ['services', 'parts', 'vat', 'settings'] as const;
type Tab = (typeof TABS)[number];

/** The service catalog for admins and managers: services, parts and stock, VAT rates and service settings. */
export function CatalogPage() {
  const { t } = useTranslation('catalog');
  const [params, setParams] = useSearchParams();
  const current = params.get('tab');
  const tab: Tab = TABS.includes(current as Tab) ? (current as Tab) : 'services';

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`catalog-tab-${k}`}>
              {t(`tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="services" pt="md">
          <ServicesTab />
        </Tabs.Panel>
        <Tabs.Panel value="parts" pt="md">
          <PartsTab />
        </Tabs.Panel>
        <Tabs.Panel value="vat" pt="md">
          <VatTab />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <SettingsTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
