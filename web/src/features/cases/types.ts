/** Case types, inferred from the server's schemas (type-only imports), plus the few shapes the schema file lacks. */
import type { z } from 'zod';
import type {
  Attachment as AttachmentSchema,
  BulkBody as BulkBodySchema,
  BulkResult as BulkResultSchema,
  CaseChannel as CaseChannelSchema,
  CaseEvent as CaseEventSchema,
  CaseListItem as CaseListItemSchema,
  CaseMessage as CaseMessageSchema,
  CasePriority as CasePrioritySchema,
  Case as CaseSchema,
  CaseStatus as CaseStatusSchema,
  CreateCaseBody as CreateCaseBodySchema,
  ListCasesQuery as ListCasesQuerySchema,
  ReplyBody as ReplyBodySchema,
  SlaStateName as SlaStateSchema,
  SlaTarget as SlaTargetSchema,
  Timeline as TimelineSchema,
  UpdateCaseBody as UpdateCaseBodySchema,
} from '../../../../src/modules/cases/case.schema';

export type CaseStatus = z.infer<typeof CaseStatusSchema>;
export type CasePriority = z.infer<typeof CasePrioritySchema>;
export type CaseChannel = z.infer<typeof CaseChannelSchema>;
export type SlaState = z.infer<typeof SlaStateSchema>;
export type SlaTarget = z.infer<typeof SlaTargetSchema>;
export type SlaTargetName = SlaTarget['target'];
export type CaseView = z.infer<typeof ListCasesQuerySchema>['view'];
export type CaseListItem = z.infer<typeof CaseListItemSchema>;
export type Case = z.infer<typeof CaseSchema>;
export type CaseMessage = z.infer<typeof CaseMessageSchema>;
export type CaseEvent = z.infer<typeof CaseEventSchema>;
export type Attachment = z.infer<typeof AttachmentSchema>;
export type Timeline = z.infer<typeof TimelineSchema>;
export type BulkResult = z.infer<typeof BulkResultSchema>;
export type BulkSet = z.input<typeof BulkBodySchema>['set'];
export type NewCase = z.input<typeof CreateCaseBodySchema>;
export type CaseChanges = Omit<z.input<typeof UpdateCaseBodySchema>, 'version'>;
export type NewMessage = z.input<typeof ReplyBodySchema>;

/** One page of the inbox (keyset paging: pass `nextCursor` back as `cursor`). */
export interface CaseList {
  items: CaseListItem[];
  nextCursor: string | null;
}

/** Field changes a macro applies besides its text. */
export interface MacroSet {
  status?: CaseStatus;
  priority?: CasePriority;
  teamId?: string | null;
  assigneeId?: string | null;
  addTags?: string[];
}

/** A canned answer; the server fills its placeholders when it is rendered for a case. */
export interface Macro {
  id: string;
  name: string;
  set: MacroSet;
  bodyNl: string;
  bodyEn: string;
}

export interface RenderedMacro {
  bodyHtml: string;
  set: MacroSet;
}

/** Somebody else who has a case open, from the live stream. */
export interface Viewer {
  userId: string;
  name: string;
  typing: boolean;
}

/** Inbox views in tab order; `Record` keeps the list complete against the server's enum. */
const VIEW_ORDER: Record<CaseView, number> = { open: 0, mine: 1, team: 2, unassigned: 3, due_soon: 4, breached: 5, review: 6, all: 7 };
export const VIEWS = (Object.keys(VIEW_ORDER) as CaseView[]).sort((a, b) => VIEW_ORDER[a] - VIEW_ORDER[b]);

export const STATUS_COLORS: Record<CaseStatus, string> = {
  new: 'blue',
  open: 'teal',
  waiting_customer: 'yellow',
  waiting_internal: 'orange',
  resolved: 'green',
  closed: 'gray',
};
export const STATUSES = Object.keys(STATUS_COLORS) as CaseStatus[];

export const PRIORITY_COLORS: Record<CasePriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };
export const PRIORITIES = Object.keys(PRIORITY_COLORS) as CasePriority[];

export const SLA_COLORS: Record<SlaState, string> = {
  none: 'gray',
  running: 'green',
  warning: 'orange',
  breached: 'red',
  paused: 'gray',
  met: 'teal',
  missed: 'grape',
};

/** Channels an agent can log a case for by hand. */
export const LOG_CHANNELS: readonly CaseChannel[] = ['phone', 'email', 'portal', 'web_form'];
