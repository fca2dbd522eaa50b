import { insertInChunks } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { SatisfactionTables } from './satisfaction.table.js';

type Db = DbExecutor<SatisfactionTables>;
type T = SatisfactionTables;

export const satisfactionRepo = {
  ratingOfCase: (db: Db, caseId: string) => db.selectFrom('caseRatings').selectAll().where('caseId', '=', caseId).executeTakeFirst(),
  ratingByToken: (db: Db, tokenHash: string) => db.selectFrom('caseRatings').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst(),
  insertRating: async (db: Db, row: T['caseRatings']) => void (await db.insertInto('caseRatings').values(row).onConflict((oc) => oc.column('caseId').doNothing()).execute()),
  async answerRating(db: Db, caseId: string, patch: Partial<T['caseRatings']>, notAfter: string): Promise<boolean> {
    const r = await db
      .updateTable('caseRatings')
      .set(patch)
      .where('caseId', '=', caseId)
      .where((eb) => eb.or([eb('changeableUntil', 'is', null), eb('changeableUntil', '>=', notAfter)]))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  insertMany: (db: Db, rows: T['caseRatings'][]) => insertInChunks(rows, (slice) => db.insertInto('caseRatings').values(slice).execute()),
  ratingsOfCustomer: (db: Db, customerId: string) =>
    db.selectFrom('caseRatings').selectAll().where('customerId', '=', customerId).where('rating', 'is not', null).orderBy('ratedAt', 'desc').limit(100).execute(),
  ratedBetween: (db: Db, from: string, to: string) =>
    db
      .selectFrom('caseRatings')
      .select(['rating', 'agentId', 'teamId', 'ratedAt'])
      .where('ratedAt', '>=', from)
      .where('ratedAt', '<', to)
      .where('rating', 'is not', null)
      .execute(),

  lastSurveyOf: (db: Db, customerId: string) =>
    db.selectFrom('npsSurveys').select(['sentAt']).where('customerId', '=', customerId).orderBy('sentAt', 'desc').limit(1).executeTakeFirst(),
  insertSurvey: async (db: Db, row: T['npsSurveys']) => void (await db.insertInto('npsSurveys').values(row).execute()),
  surveyByToken: (db: Db, tokenHash: string) => db.selectFrom('npsSurveys').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst(),
  answerSurvey: async (db: Db, id: string, score: number, comment: string | null, at: string) =>
    void (await db.updateTable('npsSurveys').set({ score, comment, answeredAt: at }).where('id', '=', id).execute()),
  answeredBetween: (db: Db, from: string, to: string) =>
    db.selectFrom('npsSurveys').select(['score']).where('answeredAt', '>=', from).where('answeredAt', '<', to).where('score', 'is not', null).execute(),
};
