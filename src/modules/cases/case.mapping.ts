import type { CaseRow } from './case.repo.js';
import type { Case, CaseListItem, CaseMessage } from './case.schema.js';
import type { AttachmentRow, MessageRow } from './message.repo.js';

type ListRow = Omit<CaseListItem, 'tags' | 'contactNeedsReview' | 'status' | 'priority' | 'channel' | 'slaState'> & {
  status: string;
  priority: string;
  channel: string;
  slaState: string;
  tags: string;
  contactNeedsReview: boolean | number;
};

export const toListItem = (r: ListRow): CaseListItem => ({
  ...r,
  status: r.status as CaseListItem['status'],
  priority: r.priority as CaseListItem['priority'],
  channel: r.channel as CaseListItem['channel'],
  slaState: r.slaState as CaseListItem['slaState'],
  tags: JSON.parse(r.tags),
  contactNeedsReview: Boolean(r.contactNeedsReview),
});

/** The API shape of a case, with names the row does not hold. */
export function toCase(
  r: CaseRow,
  extra: { customerName: string; contact: { name: string; email: string | null } | null; links: Case['links'] },
): Case {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    status: r.status as Case['status'],
    priority: r.priority as Case['priority'],
    channel: r.channel as Case['channel'],
    category: r.category,
    customerId: r.customerId,
    customerName: extra.customerName,
    contactId: r.contactId,
    contactName: extra.contact?.name ?? null,
    contactEmail: extra.contact?.email ?? null,
    contactNeedsReview: Boolean(r.contactNeedsReview),
    installedProductId: r.installedProductId,
    mailboxId: r.mailboxId,
    teamId: r.teamId,
    assigneeId: r.assigneeId,
    tags: JSON.parse(r.tags),
    locale: r.locale === 'en' ? 'en' : 'nl',
    sla: JSON.parse(r.sla),
    slaState: r.slaState as Case['slaState'],
    slaDueAt: r.slaDueAt,
    slaPolicyId: r.slaPolicyId,
    firstResponseAt: r.firstResponseAt,
    resolvedAt: r.resolvedAt,
    closedAt: r.closedAt,
    reopenCount: r.reopenCount,
    mergedIntoId: r.mergedIntoId,
    links: extra.links,
    lastMessageAt: r.lastMessageAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
  };
}

export function toMessage(m: MessageRow, attachments: AttachmentRow[]): CaseMessage {
  return {
    id: m.id,
    direction: m.direction as CaseMessage['direction'],
    channel: m.channel as CaseMessage['channel'],
    authorLabel: m.authorLabel,
    fromAddress: m.fromAddress,
    to: JSON.parse(m.toAddresses),
    subject: m.subject,
    bodyText: m.bodyText,
    bodyHtml: m.bodyHtml,
    delivery: m.delivery as CaseMessage['delivery'],
    deliveryError: m.deliveryError,
    callSeconds: m.callSeconds,
    hasOriginal: m.rawBlobId !== null,
    attachments: attachments
      .filter((a) => a.messageId === m.id)
      .map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.size })),
    createdAt: m.createdAt,
  };
}
