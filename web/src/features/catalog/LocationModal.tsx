import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateLocation, useDirectory } from './api';
import { catalogProblem } from './problems';
import { LOCATION_KINDS, type LocationKind } from './types';

/** Adds a stock location: the warehouse, a workshop, or a technician's van. */
export function LocationModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('catalog');
  const create = useCreateLocation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<LocationKind>('warehouse');
  const [userId, setUserId] = useState('');
  const people = useDirectory(kind === 'van');
  const technicians = (people.data?.items ?? []).filter((u) => u.role === 'technician');
  const valid = name.trim() && (kind !== 'van' || userId);

  return (
    <Modal opened onClose={onClose} title={t('locations.new')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) create.mutate({ name: name.trim(), kind, userId: kind === 'van' ? userId : null }, { onSuccess: onClose });
        }}
      >
        <Stack>
          {create.error && (
            <Alert color="red" role="alert">
              {catalogProblem(create.error, t)}
            </Alert>
          )}
          <TextInput label={t('locations.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-testid="location-form-name" />
          <NativeSelect
            label={t('locations.kind')}
            data={LOCATION_KINDS.map((k) => ({ value: k, label: t(`locationKinds.${k}`) }))}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as LocationKind)}
            data-testid="location-form-kind"
          />
          {kind === 'van' && (
            <NativeSelect
              label={t('locations.technician')}
              data={[{ value: '', label: '' }, ...technicians.map((u) => ({ value: u.id, label: u.name }))]}
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              required
              data-testid="location-form-user"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!valid} data-testid="location-form-submit">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
