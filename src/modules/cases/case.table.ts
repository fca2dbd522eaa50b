type Bool = boolean | number;

export interface CasesTables {
  slaCalendars: { id: string; name: string; /** JSON BusinessCalendar. */ calendar: string; version: number; updatedAt: string };
  caseSettings: {
    id: string;
    /** JSON array of statuses that pause SLA clocks. */
    pausingStatuses: string;
    /** A customer reply within this many days reopens a resolved or closed case; later replies open a new case. */
    reopenDays: number;
    /** Messages per minute from one sender before further mail goes to quarantine. */
    senderLimitPerMinute: number;
    maxAttachmentBytes: number;
    defaultCalendarId: string | null;
    csatEnabled: Bool;
    npsIntervalDays: number;
    version: number;
    updatedAt: string;
  };
  slaPolicies: {
    id: string;
    name: string;
    position: number;
    /** JSON `{ priorities?, channels?, segments? }`. */
    match: string;
    /** JSON SlaTargets. */
    targets: string;
    active: Bool;
    version: number;
    updatedAt: string;
  };
  caseTeamSettings: {
    teamId: string;
    calendarId: string | null;
    /** `manual`, `round_robin` or `least_loaded`. */
    assignment: string;
    /** JSON array of categories this team handles (skills routing picks members with a matching skill). */
    categories: string;
    signatureNl: string;
    signatureEn: string;
    lastAssignedUserId: string | null;
    version: number;
  };
  mailboxes: {
    id: string;
    name: string;
    /** Lower case; mail to this address opens cases. */
    address: string;
    teamId: string | null;
    /** JSON ImapAccount, or null for SMTP delivery only. */
    imap: string | null;
    acknowledge: Bool;
    active: Bool;
    lastPolledAt: string | null;
    lastError: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  cases: {
    id: string;
    number: string;
    customerId: string;
    contactId: string | null;
    contactNeedsReview: Bool;
    installedProductId: string | null;
    channel: string;
    mailboxId: string | null;
    subject: string;
    status: string;
    /** 1 while new, open or waiting; 0 when resolved or closed (one indexable column for the open views). */
    isOpen: number;
    priority: string;
    category: string | null;
    teamId: string | null;
    assigneeId: string | null;
    /** JSON array of strings. */
    tags: string;
    locale: string;
    slaPolicyId: string | null;
    /** JSON TargetState[]. */
    sla: string;
    /** `none`, `running`, `warning`, `breached`, `paused`, `met` or `missed` (the worst target). */
    slaState: string;
    /** Earliest due time of a running target. */
    slaDueAt: string | null;
    /** When the SLA must next be looked at (warning or breach). */
    slaCheckAt: string | null;
    /** JSON `{ from, to }[]` of pausing-status intervals. */
    pauses: string;
    firstResponseAt: string | null;
    awaitingReplySince: string | null;
    lastMessageAt: string;
    resolvedAt: string | null;
    closedAt: string | null;
    reopenCount: number;
    mergedIntoId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  caseMessages: {
    id: string;
    caseId: string;
    /** `inbound`, `outbound` or `note`. */
    direction: string;
    channel: string;
    authorId: string | null;
    authorLabel: string;
    fromAddress: string | null;
    toAddresses: string;
    ccAddresses: string;
    subject: string;
    bodyText: string;
    bodyHtml: string | null;
    /** RFC 5322 Message-ID without angle brackets; unique, so a message delivered twice is stored once. */
    messageId: string | null;
    inReplyTo: string | null;
    references: string;
    /** `received`, `queued`, `sent`, `failed` or `none`. */
    delivery: string;
    deliveryError: string | null;
    callSeconds: number | null;
    rawBlobId: string | null;
    createdAt: string;
  };
  blobs: { id: string; content: Buffer | Uint8Array; size: number; createdAt: string };
  caseAttachments: {
    id: string;
    caseId: string;
    /** Null while uploaded for a reply that is not sent yet. */
    messageId: string | null;
    filename: string;
    contentType: string;
    size: number;
    blobId: string;
    createdAt: string;
  };
  caseEvents: { id: string; caseId: string; at: string; actorLabel: string; kind: string; /** JSON. */ data: string };
  caseLinks: { caseId: string; relatedCaseId: string; createdAt: string };
  macros: {
    id: string;
    name: string;
    /** `macro` (sets fields and inserts text) or `canned` (text only). */
    kind: string;
    /** Null: for every team. */
    teamId: string | null;
    /** JSON `{ status?, priority?, teamId?, assigneeId?, addTags? }`. */
    set: string;
    bodyNl: string;
    bodyEn: string;
    active: Bool;
    version: number;
    updatedAt: string;
  };
  mailQuarantine: {
    id: string;
    mailboxId: string | null;
    reason: string;
    envelopeFrom: string | null;
    subject: string;
    rawBlobId: string;
    receivedAt: string;
    releasedAt: string | null;
    releasedCaseId: string | null;
  };
}
