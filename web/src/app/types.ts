/**
 * Client types are the server's response schemas, inferred: one definition, so the web app cannot drift from
 * what the API sends. Type-only imports: nothing of the server is bundled.
 */
import type { z } from 'zod';
import type { AuditEntry as AuditEntrySchema } from '../../../src/modules/audit/audit.schema';
import type { ApiKey as ApiKeySchema } from '../../../src/modules/auth/api-key.schema';
import type { Organisation as OrganisationSchema } from '../../../src/modules/organisation/organisation.schema';
import type { Team as TeamSchema } from '../../../src/modules/teams/team.schema';
import type { Me as MeSchema, Reports as ReportsSchema, User as UserSchema } from '../../../src/modules/users/user.schema';

export const ROLES = ['admin', 'manager', 'agent', 'planner', 'technician'] as const;
export type Role = (typeof ROLES)[number];
export type Locale = 'nl' | 'en';

export type Me = z.infer<typeof MeSchema>;
export type User = z.infer<typeof UserSchema>;
export type Reports = z.infer<typeof ReportsSchema>;
export type Team = z.infer<typeof TeamSchema>;
export type Organisation = z.infer<typeof OrganisationSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type ApiKey = z.infer<typeof ApiKeySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
