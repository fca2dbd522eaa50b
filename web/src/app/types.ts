export const ROLES = ['admin', 'manager', 'agent', 'planner', 'technician'] as const;
export type Role = (typeof ROLES)[number];
export type Locale = 'nl' | 'en';

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  locale: Locale;
}

export interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  locale: Locale;
  managerId: string | null;
  skills: string[];
  hourlyCostCents: number;
  contractHoursPerWeek: number;
  teamIds: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Reports {
  direct: { id: string; name: string; role: Role }[];
  indirect: { id: string; name: string; role: Role; via: string }[];
}

export interface Team {
  id: string;
  name: string;
  description: string;
  members: { userId: string; isLead: boolean }[];
  version: number;
}

export interface Organisation {
  id: string;
  name: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  country: string;
  kvkNumber: string;
  vatId: string;
  iban: string;
  logo: string | null;
  defaultLocale: Locale;
  timeZone: string;
  version: number;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorLabel: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
