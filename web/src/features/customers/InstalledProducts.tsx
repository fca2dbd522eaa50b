import { Badge, Button, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { ErrorAlert, Loading } from '../../app/ui';
import { currentLang } from '../../i18n';
import { AddProductModal } from './AddProductModal';
import { useInstalledProducts } from './api';
import { Card } from './CustomerCards';
import type { InstalledProduct, WarrantyStatus } from './types';

const COLORS: Record<WarrantyStatus, string> = { in_warranty: 'green', extended: 'blue', expired: 'gray' };

/** End of the warranty that applies now: the extended one when there is one. */
const endOf = (p: InstalledProduct) => (p.extendedWarrantyEnd && p.extendedWarrantyEnd > p.warrantyEnd ? p.extendedWarrantyEnd : p.warrantyEnd);

export function WarrantyBadge({ p }: { p: InstalledProduct }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[p.warrantyStatus]} variant="light" data-warranty={p.warrantyStatus} style={{ minWidth: 'max-content' }}>
      {t(`products.status.${p.warrantyStatus}`)}
    </Badge>
  );
}

export function InstalledProducts({ customerId, canEdit }: { customerId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const products = useInstalledProducts(customerId);
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <Card
      title={t('products.title')}
      action={
        canEdit && (
          <Button size="xs" variant="light" onClick={open} data-testid="customer-add-product">
            {t('products.add')}
          </Button>
        )
      }
    >
      {products.isPending ? (
        <Loading />
      ) : products.isError ? (
        <ErrorAlert error={products.error} onRetry={() => void products.refetch()} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={700}>
            <Table striped data-testid="customer-products">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('products.product')}</Table.Th>
                  <Table.Th>{t('products.sku')}</Table.Th>
                  <Table.Th>{t('products.serial')}</Table.Th>
                  <Table.Th>{t('products.purchaseDate')}</Table.Th>
                  <Table.Th>{t('products.warranty')}</Table.Th>
                  <Table.Th>{t('products.warrantyEnd')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {products.data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Text size="sm">{lang === 'en' ? p.productNameEn : p.productNameNl}</Text>
                      <Text size="xs" c="dimmed">
                        {p.brand}
                      </Text>
                    </Table.Td>
                    <Table.Td>{p.sku}</Table.Td>
                    <Table.Td>{p.serialNumber}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.purchaseDate, lang)}</Table.Td>
                    <Table.Td>
                      <WarrantyBadge p={p} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(endOf(p), lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {products.data.items.length === 0 && <Text c="dimmed">{t('products.empty')}</Text>}
        </>
      )}
      {canEdit && <AddProductModal customerId={customerId} opened={opened} onClose={close} />}
    </Card>
  );
}
