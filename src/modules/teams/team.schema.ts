import { z } from 'zod';

export const TeamMember = z.object({ userId: z.string(), isLead: z.boolean() });
export const Team = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  members: z.array(TeamMember),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Team = z.infer<typeof Team>;

const members = z
  .array(z.strictObject({ userId: z.uuid(), isLead: z.boolean().default(false) }))
  .max(500)
  .refine((m) => new Set(m.map((x) => x.userId)).size === m.length, 'a user is listed twice');

export const CreateTeamBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500).default(''),
  members: members.default([]),
});
export type CreateTeamBody = z.infer<typeof CreateTeamBody>;

export const UpdateTeamBody = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(80).optional(),
  description: z.string().trim().max(500).optional(),
  members: members.optional(),
});
export type UpdateTeamBody = z.infer<typeof UpdateTeamBody>;

export const DeleteTeamQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
export const TeamParams = z.strictObject({ id: z.uuid() });
export const TeamList = z.object({ items: z.array(Team) });
