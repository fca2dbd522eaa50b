import { useQuery } from '@tanstack/react-query';
import { get } from '../../app/api';
import { currentLang } from '../../i18n';
import type { Service } from './types';

/** Active services of the catalog, for the basket. */
export function useActiveServices() {
  return useQuery({
    queryKey: ['catalog', 'services', { active: true }],
    queryFn: () => get<{ items: Service[] }>('/api/v1/catalog/services?active=true'),
    staleTime: 60_000,
  });
}

export const serviceName = (s: Pick<Service, 'nameNl' | 'nameEn'>) => (currentLang() === 'en' ? s.nameEn : s.nameNl);
