import { z } from 'zod';
import { STAFF_ROLES } from '../../kernel/auth/principal.js';
import { pageOf } from '../../kernel/pagination.js';

export const Role = z.enum(STAFF_ROLES);
export const Locale = z.enum(['nl', 'en']);

const name = z.string().trim().min(1).max(120);
const email = z.email().max(254).transform((e) => e.toLowerCase());
const skills = z.array(z.string().trim().min(1).max(50)).max(50);
const hourlyCostCents = z.number().int().min(0).max(100_000_00);
const contractHoursPerWeek = z.number().min(0).max(60);

export const User = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: Role,
  active: z.boolean(),
  locale: Locale,
  managerId: z.string().nullable(),
  skills: z.array(z.string()),
  hourlyCostCents: z.number().int(),
  contractHoursPerWeek: z.number(),
  teamIds: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof User>;

export const CreateUserBody = z.strictObject({
  name,
  email,
  role: Role,
  locale: Locale.default('nl'),
  password: z.string().min(10).max(128).optional().describe('Initial password; without one, an invitation is emailed'),
  managerId: z.uuid().nullable().default(null),
  skills: skills.default([]),
  hourlyCostCents: hourlyCostCents.default(0),
  contractHoursPerWeek: contractHoursPerWeek.default(0),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.strictObject({
  version: z.number().int().min(1),
  name: name.optional(),
  role: Role.optional(),
  active: z.boolean().optional(),
  locale: Locale.optional(),
  managerId: z.uuid().nullable().optional(),
  skills: skills.optional(),
  hourlyCostCents: hourlyCostCents.optional(),
  contractHoursPerWeek: contractHoursPerWeek.optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ListUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: Role.optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuery>;

export const UserPage = pageOf(User);
export const IdParams = z.strictObject({ id: z.uuid() });

export const Reports = z.object({
  direct: z.array(z.object({ id: z.string(), name: z.string(), role: Role })),
  indirect: z.array(z.object({ id: z.string(), name: z.string(), role: Role, via: z.string() })),
});

export const Me = z.object({ id: z.string(), name: z.string(), email: z.string(), role: Role, locale: Locale });
export const UpdateMeBody = z.strictObject({ locale: Locale });
