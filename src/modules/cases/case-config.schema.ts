import { z } from 'zod';
import { CaseChannel, CasePriority, CaseStatus } from './case.schema.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time as HH:MM');
const shifts = z.array(z.strictObject({ start: hhmm, end: hhmm })).max(6);
export const CalendarBody = z.strictObject({
  timeZone: z.string().min(1).max(60).default('Europe/Amsterdam'),
  week: z.strictObject({ 1: shifts, 2: shifts, 3: shifts, 4: shifts, 5: shifts, 6: shifts, 7: shifts }),
  holidayRegion: z.string().max(20).nullable().default('NL'),
  liberationDay: z.enum(['every-year', 'every-five-years', 'never']).default('every-five-years'),
  closures: z.array(z.iso.date()).max(366).default([]),
});
export const SlaCalendar = z.object({ id: z.string(), name: z.string(), calendar: CalendarBody, version: z.number().int(), updatedAt: z.string() });
export const CreateCalendarBody = z.strictObject({ name: z.string().trim().min(1).max(80), calendar: CalendarBody });
export const UpdateCalendarBody = z.strictObject({ version: z.number().int().min(1), name: z.string().trim().min(1).max(80).optional(), calendar: CalendarBody.optional() });

const minutes = z.number().int().min(1).max(525_600).nullable();
export const SlaTargetsBody = z.strictObject({
  firstResponseMinutes: minutes,
  nextResponseMinutes: minutes,
  resolutionMinutes: minutes,
  warnAtPercent: z.number().int().min(1).max(99).default(80),
});
export const PolicyMatch = z.strictObject({
  priorities: z.array(CasePriority).max(4).optional(),
  channels: z.array(CaseChannel).max(5).optional(),
  segments: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
});
export const SlaPolicy = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  match: PolicyMatch,
  targets: SlaTargetsBody,
  active: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export const CreatePolicyBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  position: z.number().int().min(0).max(10_000),
  match: PolicyMatch.default({}),
  targets: SlaTargetsBody,
  active: z.boolean().default(true),
});
export const UpdatePolicyBody = z.strictObject({ version: z.number().int().min(1) }).extend(CreatePolicyBody.partial().shape);

export const CaseSettings = z.object({
  pausingStatuses: z.array(CaseStatus),
  reopenDays: z.number().int(),
  senderLimitPerMinute: z.number().int(),
  maxAttachmentBytes: z.number().int(),
  defaultCalendarId: z.string().nullable(),
  csatEnabled: z.boolean(),
  npsIntervalDays: z.number().int(),
  version: z.number().int(),
});
export const UpdateSettingsBody = z.strictObject({
  version: z.number().int().min(1),
  pausingStatuses: z.array(z.enum(['new', 'open', 'waiting_customer', 'waiting_internal'])).max(4).optional(),
  reopenDays: z.number().int().min(0).max(365).optional(),
  senderLimitPerMinute: z.number().int().min(1).max(1000).optional(),
  maxAttachmentBytes: z.number().int().min(1024).max(50 * 1024 * 1024).optional(),
  defaultCalendarId: z.uuid().nullable().optional(),
  csatEnabled: z.boolean().optional(),
  npsIntervalDays: z.number().int().min(30).max(730).optional(),
});

export const TeamCaseSettings = z.strictObject({
  calendarId: z.uuid().nullable().default(null),
  assignment: z.enum(['manual', 'round_robin', 'least_loaded']).default('manual'),
  categories: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  signatureNl: z.string().max(2000).default(''),
  signatureEn: z.string().max(2000).default(''),
});

export const ImapSettings = z.strictObject({
  host: z.string().trim().min(1).max(255),
  port: z.number().int().min(1).max(65535).default(993),
  secure: z.boolean().default(true),
  user: z.string().min(1).max(255),
  password: z.string().min(1).max(500),
  mailbox: z.string().min(1).max(200).default('INBOX'),
});
export const Mailbox = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  teamId: z.string().nullable(),
  imap: ImapSettings.omit({ password: true }).nullable(),
  acknowledge: z.boolean(),
  active: z.boolean(),
  lastPolledAt: z.string().nullable(),
  lastError: z.string().nullable(),
  version: z.number().int(),
});
export const CreateMailboxBody = z.strictObject({
  name: z.string().trim().min(1).max(80),
  address: z.email().max(254).transform((a) => a.toLowerCase()),
  teamId: z.uuid().nullable().default(null),
  imap: ImapSettings.nullable().default(null),
  acknowledge: z.boolean().default(true),
  active: z.boolean().default(true),
});
export const UpdateMailboxBody = z.strictObject({ version: z.number().int().min(1) }).extend(CreateMailboxBody.partial().shape);

export const QuarantineItem = z.object({
  id: z.string(),
  mailboxId: z.string().nullable(),
  reason: z.string(),
  envelopeFrom: z.string().nullable(),
  subject: z.string(),
  receivedAt: z.string(),
  releasedAt: z.string().nullable(),
  releasedCaseId: z.string().nullable(),
});
