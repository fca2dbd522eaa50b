import type { DbExecutor } from '../../kernel/db/types.js';
import type { CasesTables } from './case.table.js';

type Db = DbExecutor<CasesTables>;
type T = CasesTables;
export type MessageRow = T['caseMessages'];
export type AttachmentRow = T['caseAttachments'];

/** Messages, attachments, raw originals, timeline events and links of cases. */
export const messageRepo = {
  insert: async (db: Db, row: MessageRow) => void (await db.insertInto('caseMessages').values(row).execute()),
  findById: (db: Db, id: string) => db.selectFrom('caseMessages').selectAll().where('id', '=', id).executeTakeFirst(),
  ofCase: (db: Db, caseId: string) => db.selectFrom('caseMessages').selectAll().where('caseId', '=', caseId).orderBy('createdAt').orderBy('id').execute(),

  /** The case that holds any of these RFC Message-IDs (threading), newest reference first. */
  async caseOfMessageIds(db: Db, messageIds: string[]): Promise<{ caseId: string; messageId: string | null } | undefined> {
    if (messageIds.length === 0) return undefined;
    const rows = await db.selectFrom('caseMessages').select(['caseId', 'messageId']).where('messageId', 'in', messageIds.slice(-50)).execute();
    for (const id of [...messageIds].reverse()) {
      const hit = rows.find((r) => r.messageId === id);
      if (hit) return hit;
    }
    return undefined;
  },
  findByMessageId: (db: Db, messageId: string) => db.selectFrom('caseMessages').selectAll().where('messageId', '=', messageId).executeTakeFirst(),

  async countInboundFrom(db: Db, address: string, since: string): Promise<number> {
    const r = await db
      .selectFrom('caseMessages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('fromAddress', '=', address)
      .where('createdAt', '>=', since)
      .where('direction', '=', 'inbound')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  setDelivery: async (db: Db, id: string, delivery: string, error: string | null) =>
    void (await db.updateTable('caseMessages').set({ delivery, deliveryError: error }).where('id', '=', id).execute()),
  moveToCase: async (db: Db, ids: string[], caseId: string) => {
    if (ids.length === 0) return;
    await db.updateTable('caseMessages').set({ caseId }).where('id', 'in', ids).execute();
    await db.updateTable('caseAttachments').set({ caseId }).where('messageId', 'in', ids).execute();
  },
  moveAllToCase: async (db: Db, fromCaseId: string, toCaseId: string) => {
    await db.updateTable('caseMessages').set({ caseId: toCaseId }).where('caseId', '=', fromCaseId).execute();
    await db.updateTable('caseAttachments').set({ caseId: toCaseId }).where('caseId', '=', fromCaseId).execute();
  },

  insertBlob: async (db: Db, row: T['blobs']) => void (await db.insertInto('blobs').values(row).execute()),
  findBlob: (db: Db, id: string) => db.selectFrom('blobs').selectAll().where('id', '=', id).executeTakeFirst(),

  insertAttachment: async (db: Db, row: AttachmentRow) => void (await db.insertInto('caseAttachments').values(row).execute()),
  attachmentsOfCase: (db: Db, caseId: string) => db.selectFrom('caseAttachments').selectAll().where('caseId', '=', caseId).execute(),
  attachmentsOfMessage: (db: Db, messageId: string) => db.selectFrom('caseAttachments').selectAll().where('messageId', '=', messageId).execute(),
  findAttachment: (db: Db, caseId: string, id: string) =>
    db.selectFrom('caseAttachments').selectAll().where('caseId', '=', caseId).where('id', '=', id).executeTakeFirst(),
  attachToMessage: async (db: Db, caseId: string, ids: string[], messageId: string) => {
    if (ids.length === 0) return 0;
    const r = await db
      .updateTable('caseAttachments')
      .set({ messageId })
      .where('caseId', '=', caseId)
      .where('id', 'in', ids)
      .where('messageId', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  insertEvent: async (db: Db, row: T['caseEvents']) => void (await db.insertInto('caseEvents').values(row).execute()),
  eventsOf: (db: Db, caseId: string) => db.selectFrom('caseEvents').selectAll().where('caseId', '=', caseId).orderBy('at').orderBy('id').execute(),
  moveEvents: async (db: Db, fromCaseId: string, toCaseId: string) =>
    void (await db.updateTable('caseEvents').set({ caseId: toCaseId }).where('caseId', '=', fromCaseId).execute()),

  async link(db: Db, a: string, b: string, at: string): Promise<void> {
    await db
      .insertInto('caseLinks')
      .values([
        { caseId: a, relatedCaseId: b, createdAt: at },
        { caseId: b, relatedCaseId: a, createdAt: at },
      ])
      .onConflict((oc) => oc.doNothing())
      .execute();
  },
  linksOf: (db: Db, caseId: string) => db.selectFrom('caseLinks').select('relatedCaseId').where('caseId', '=', caseId).execute(),

  insertQuarantine: async (db: Db, row: T['mailQuarantine']) => void (await db.insertInto('mailQuarantine').values(row).execute()),
  quarantine: (db: Db, includeReleased: boolean, limit: number) => {
    let q = db.selectFrom('mailQuarantine').selectAll();
    if (!includeReleased) q = q.where('releasedAt', 'is', null);
    return q.orderBy('receivedAt', 'desc').limit(limit).execute();
  },
  findQuarantine: (db: Db, id: string) => db.selectFrom('mailQuarantine').selectAll().where('id', '=', id).executeTakeFirst(),
  releaseQuarantine: async (db: Db, id: string, at: string, caseId: string | null) =>
    void (await db.updateTable('mailQuarantine').set({ releasedAt: at, releasedCaseId: caseId }).where('id', '=', id).execute()),
};
