import { z } from 'zod';

export const CASE_STATUSES = ['new', 'open', 'waiting_customer', 'waiting_internal', 'resolved', 'closed'] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;
export const CasePriority = z.enum(['low', 'normal', 'high', 'urgent']);
export const CaseChannel = z.enum(['email', 'portal', 'web_form', 'phone', 'api']);
export type CaseChannel = z.infer<typeof CaseChannel>;
export const CASE_VIEWS = ['all', 'open', 'mine', 'team', 'unassigned', 'due_soon', 'breached', 'review'] as const;
export const SlaStateName = z.enum(['none', 'running', 'warning', 'breached', 'paused', 'met', 'missed']);

const tags = z.array(z.string().trim().min(1).max(40)).max(20);

export const SlaTarget = z.object({
  target: z.enum(['firstResponse', 'nextResponse', 'resolution']),
  targetMinutes: z.number(),
  startedAt: z.string(),
  stoppedAt: z.string().nullable(),
  elapsedMinutes: z.number(),
  percent: z.number(),
  dueAt: z.string().nullable(),
  warnAt: z.string().nullable(),
  state: SlaStateName,
});

export const CaseListItem = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  status: CaseStatus,
  priority: CasePriority,
  channel: CaseChannel,
  category: z.string().nullable(),
  customerId: z.string(),
  customerName: z.string(),
  teamId: z.string().nullable(),
  assigneeId: z.string().nullable(),
  tags: z.array(z.string()),
  slaState: SlaStateName,
  slaDueAt: z.string().nullable(),
  contactNeedsReview: z.boolean(),
  lastMessageAt: z.string(),
  createdAt: z.string(),
});
export type CaseListItem = z.infer<typeof CaseListItem>;

export const Case = CaseListItem.extend({
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  installedProductId: z.string().nullable(),
  mailboxId: z.string().nullable(),
  locale: z.enum(['nl', 'en']),
  sla: z.array(SlaTarget),
  slaPolicyId: z.string().nullable(),
  firstResponseAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reopenCount: z.number().int(),
  mergedIntoId: z.string().nullable(),
  links: z.array(z.object({ id: z.string(), number: z.string(), subject: z.string(), status: CaseStatus })),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Case = z.infer<typeof Case>;

export const Attachment = z.object({ id: z.string(), filename: z.string(), contentType: z.string(), size: z.number().int() });
export const CaseMessage = z.object({
  id: z.string(),
  direction: z.enum(['inbound', 'outbound', 'note']),
  channel: CaseChannel,
  authorLabel: z.string(),
  fromAddress: z.string().nullable(),
  to: z.array(z.string()),
  subject: z.string(),
  bodyText: z.string(),
  bodyHtml: z.string().nullable(),
  delivery: z.enum(['received', 'queued', 'sent', 'failed', 'none']),
  deliveryError: z.string().nullable(),
  callSeconds: z.number().int().nullable(),
  hasOriginal: z.boolean(),
  attachments: z.array(Attachment),
  createdAt: z.string(),
});
export type CaseMessage = z.infer<typeof CaseMessage>;
export const CaseEvent = z.object({ id: z.string(), at: z.string(), actorLabel: z.string(), kind: z.string(), data: z.record(z.string(), z.unknown()) });
export const Timeline = z.object({ messages: z.array(CaseMessage), events: z.array(CaseEvent) });

export const CreateCaseBody = z.strictObject({
  customerId: z.uuid(),
  contactId: z.uuid().nullable().default(null),
  installedProductId: z.uuid().nullable().default(null),
  channel: z.enum(['phone', 'api', 'email', 'portal', 'web_form']).default('api'),
  subject: z.string().trim().min(1).max(300),
  body: z.string().trim().min(1).max(100_000),
  priority: CasePriority.default('normal'),
  category: z.string().trim().min(1).max(60).nullable().default(null),
  teamId: z.uuid().nullable().default(null),
  assigneeId: z.uuid().nullable().default(null),
  tags: tags.default([]),
  callSeconds: z.number().int().min(0).max(86_400).nullable().default(null).describe('Phone calls: duration in seconds'),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

export const UpdateCaseBody = z.strictObject({
  version: z.number().int().min(1),
  subject: z.string().trim().min(1).max(300).optional(),
  status: CaseStatus.optional(),
  priority: CasePriority.optional(),
  category: z.string().trim().min(1).max(60).nullable().optional(),
  teamId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  tags: tags.optional(),
  installedProductId: z.uuid().nullable().optional(),
  contactNeedsReview: z.literal(false).optional().describe('Mark the sender as reviewed'),
});
export type UpdateCaseBody = z.infer<typeof UpdateCaseBody>;

export const ReplyBody = z.strictObject({
  kind: z.enum(['reply', 'note']),
  bodyHtml: z.string().max(200_000).describe('Rich text; sanitised on the server'),
  status: CaseStatus.optional().describe('Status after sending, e.g. waiting_customer'),
  attachmentIds: z.array(z.uuid()).max(20).default([]).describe('Uploaded with POST /cases/{id}/attachments'),
});
export type ReplyBody = z.infer<typeof ReplyBody>;

export const ListCasesQuery = z.strictObject({
  view: z.enum(CASE_VIEWS).default('open'),
  status: z.union([CaseStatus, z.array(CaseStatus)]).optional(),
  teamId: z.uuid().optional(),
  assigneeId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  slaState: SlaStateName.optional(),
  q: z.string().trim().max(100).optional().describe('Case number or words of the subject'),
  cursor: z.string().max(200).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListCasesQuery = z.infer<typeof ListCasesQuery>;
export const CaseList = z.object({ items: z.array(CaseListItem), nextCursor: z.string().nullable() });
export const ViewCounts = z.record(z.string(), z.number().int());

export const CaseParams = z.strictObject({ id: z.uuid() });
export const MergeCaseBody = z.strictObject({ sourceId: z.uuid().describe('The case that is merged into this one'), version: z.number().int().min(1) });
export const LinkCaseBody = z.strictObject({ relatedId: z.uuid() });
export const SplitBody = z.strictObject({ messageId: z.uuid(), subject: z.string().trim().min(1).max(300).optional() });
export const BulkBody = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(500),
  set: z.strictObject({
    status: CaseStatus.optional(),
    priority: CasePriority.optional(),
    teamId: z.uuid().nullable().optional(),
    assigneeId: z.uuid().nullable().optional(),
    addTags: tags.optional(),
  }),
});
export const BulkResult = z.object({ updated: z.number().int(), failed: z.array(z.object({ id: z.string(), code: z.string() })) });
