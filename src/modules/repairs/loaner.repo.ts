import { containsText } from '../../kernel/db/sql-helpers.js';
import type { DbExecutor } from '../../kernel/db/types.js';
import type { LoanerRow, LoanerStatus, LoanRow, RepairsTables } from './repairs.table.js';

type Db = DbExecutor<RepairsTables>;

function filtered(db: Db, f: { status?: LoanerStatus; q?: string }) {
  return db
    .selectFrom('loaners')
    .$if(f.status !== undefined, (q) => q.where('status', '=', f.status as LoanerStatus))
    .$if(Boolean(f.q), (q) => q.where((eb) => eb.or([containsText('serial', f.q as string), containsText('model', f.q as string)])));
}

export const loanerRepo = {
  insert: async (db: Db, row: LoanerRow) => void (await db.insertInto('loaners').values(row).execute()),
  findById: (db: Db, id: string) => db.selectFrom('loaners').selectAll().where('id', '=', id).executeTakeFirst(),
  findBySerial: (db: Db, serial: string) => db.selectFrom('loaners').selectAll().where('serial', '=', serial).executeTakeFirst(),
  async update(db: Db, id: string, version: number, patch: Partial<LoanerRow>): Promise<boolean> {
    const r = await db
      .updateTable('loaners')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Moves a loaner from one status to another only if it is still in the first: two desks cannot lend it twice. */
  async moveStatus(db: Db, id: string, from: LoanerStatus, to: LoanerStatus, at: string): Promise<boolean> {
    const r = await db
      .updateTable('loaners')
      .set((eb) => ({ status: to, updatedAt: at, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  delete: async (db: Db, id: string) => void (await db.deleteFrom('loaners').where('id', '=', id).execute()),
  list: (db: Db, f: { status?: LoanerStatus; q?: string }, limit: number, offset: number) =>
    filtered(db, f).selectAll().orderBy('serial').limit(limit).offset(offset).execute(),
  async count(db: Db, f: { status?: LoanerStatus; q?: string }): Promise<number> {
    const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  insertLoan: async (db: Db, row: LoanRow) => void (await db.insertInto('loanerLoans').values(row).execute()),
  findLoan: (db: Db, id: string) => db.selectFrom('loanerLoans').selectAll().where('id', '=', id).executeTakeFirst(),
  loansOf: (db: Db, loanerId: string) => db.selectFrom('loanerLoans').selectAll().where('loanerId', '=', loanerId).orderBy('issuedAt', 'desc').limit(100).execute(),
  hasLoans: async (db: Db, loanerId: string) => Boolean(await db.selectFrom('loanerLoans').select('id').where('loanerId', '=', loanerId).executeTakeFirst()),
  async closeLoan(db: Db, id: string, patch: Pick<LoanRow, 'returnedAt' | 'returnCondition' | 'notes' | 'costCents'>): Promise<boolean> {
    const r = await db.updateTable('loanerLoans').set(patch).where('id', '=', id).where('returnedAt', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** Open loans whose due date lies before `today` (a local date). */
  overdue: (db: Db, today: string) =>
    db
      .selectFrom('loanerLoans')
      .innerJoin('loaners', 'loaners.id', 'loanerLoans.loanerId')
      .selectAll('loanerLoans')
      .select(['loaners.serial', 'loaners.model'])
      .where('loanerLoans.returnedAt', 'is', null)
      .where('loanerLoans.dueDate', '<', today)
      .orderBy('loanerLoans.dueDate')
      .limit(500)
      .execute(),
  /** Claims the reminder of a loan once: only the caller that flips it from null sends the mail. */
  async claimReminder(db: Db, id: string, at: string): Promise<boolean> {
    const r = await db.updateTable('loanerLoans').set({ reminderSentAt: at }).where('id', '=', id).where('reminderSentAt', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
