import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { overdueLoanerMail } from './loaner.mail.js';
import { loanerRepo } from './loaner.repo.js';
import type { CreateLoanerBody, IssueBody, ListLoanersQuery, Loan, Loaner, ReturnBody, UpdateLoanerBody } from './loaner.schema.js';
import { repairRepo } from './repair.repo.js';
import { isFinal } from './repair.status.js';
import { daysBetweenDates, localDate } from './repair.time.js';
import type { RepairsDeps } from './repairs.deps.js';
import type { LoanerRow, LoanRow } from './repairs.table.js';

const toLoaner = (r: LoanerRow): Loaner => ({ ...r, purchaseCostCents: Number(r.purchaseCostCents) });
const toLoan = (r: LoanRow): Loan => ({
  id: r.id,
  loanerId: r.loanerId,
  customerId: r.customerId,
  repairOrderId: r.repairOrderId,
  issuedAt: r.issuedAt,
  dueDate: r.dueDate,
  returnedAt: r.returnedAt,
  depositCents: Number(r.depositCents),
  returnCondition: r.returnCondition,
  notes: r.notes,
  reminderSentAt: r.reminderSentAt,
  charged: Boolean(r.charged),
  costPerDayCents: Number(r.costPerDayCents),
  costCents: r.costCents === null ? null : Number(r.costCents),
});

const serialTaken = () => new AppError('conflict', { subcode: 'loaner.serial_taken', detail: 'A loaner with this serial number exists already.' });
const stale = () => new AppError('version_conflict', { detail: 'This loaner was changed by someone else; reload it and try again.' });

/** The loaner pool: appliances lent to customers while their own is in the workshop. */
export function createLoaners(deps: RepairsDeps) {
  const { db, clock, audit, bus } = deps;
  const today = () => localDate(clock.now());

  return {
    async list(q: ListLoanersQuery) {
      const f = { status: q.status, q: q.q };
      const [rows, total] = await Promise.all([loanerRepo.list(db, f, q.pageSize, (q.page - 1) * q.pageSize), loanerRepo.count(db, f)]);
      return { items: rows.map(toLoaner), total, page: q.page, pageSize: q.pageSize };
    },

    async get(id: string) {
      const row = found(await loanerRepo.findById(db, id), 'Loaner');
      return { ...toLoaner(row), loans: (await loanerRepo.loansOf(db, id)).map(toLoan) };
    },

    async create(actor: Actor, body: CreateLoanerBody): Promise<Loaner> {
      return db.transaction().execute(async (trx) => {
        if (await loanerRepo.findBySerial(trx, body.serial)) throw serialTaken();
        const at = clock.now().toISOString();
        const row: LoanerRow = { id: newId(), ...body, status: 'available', version: 1, createdAt: at, updatedAt: at };
        await loanerRepo.insert(trx, row);
        await audit.record(trx, actor, { action: 'loaner.created', entityType: 'loaner', entityId: row.id, after: { serial: row.serial, model: row.model } });
        return toLoaner(row);
      });
    },

    async update(actor: Actor, id: string, body: UpdateLoanerBody): Promise<Loaner> {
      return db.transaction().execute(async (trx) => {
        const row = found(await loanerRepo.findById(trx, id), 'Loaner');
        if (row.version !== body.version) throw stale();
        const { version: _v, ...patch } = body;
        if (patch.serial && patch.serial !== row.serial && (await loanerRepo.findBySerial(trx, patch.serial))) throw serialTaken();
        if (patch.status && row.status === 'out')
          throw new AppError('conflict', { subcode: 'loaner.out', detail: 'This loaner is lent out; take it back before changing its status.' });
        if (!(await loanerRepo.update(trx, id, row.version, { ...patch, updatedAt: clock.now().toISOString() }))) throw stale();
        await audit.record(trx, actor, { action: 'loaner.updated', entityType: 'loaner', entityId: id, before: { status: row.status }, after: patch });
        return toLoaner(found(await loanerRepo.findById(trx, id), 'Loaner'));
      });
    },

    /** Removes a loaner that was never lent; one with history is retired instead. */
    async remove(actor: Actor, id: string, version: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const row = found(await loanerRepo.findById(trx, id), 'Loaner');
        if (row.version !== version) throw stale();
        if (await loanerRepo.hasLoans(trx, id)) throw new AppError('conflict', { subcode: 'loaner.has_loans', detail: 'This loaner has been lent; retire it instead.' });
        await loanerRepo.delete(trx, id);
        await audit.record(trx, actor, { action: 'loaner.deleted', entityType: 'loaner', entityId: id, before: { serial: row.serial } });
      });
    },

    /**
     * Lends an available loaner to the customer of an open workshop repair. Charged loans add the catalog's loaner
     * service to the order; free ones still record the per-day cost for the economics.
     */
    async issue(actor: Actor, loanerId: string, body: IssueBody): Promise<Loan> {
      if (body.dueDate < today()) throw new AppError('unprocessable', { detail: 'The due date lies in the past.' });
      const settings = await deps.catalog.settings();
      const loanerServiceId = body.charge ? await deps.catalog.loanerServiceId() : undefined;
      if (body.charge && !loanerServiceId) throw new AppError('unprocessable', { subcode: 'loaner.no_service', detail: 'The catalog has no active loaner service to charge.' });
      return db.transaction().execute(async (trx) => {
        const loaner = found(await loanerRepo.findById(trx, loanerId), 'Loaner');
        const ro = await repairRepo.findById(trx, body.repairOrderId);
        if (ro?.kind !== 'workshop' || isFinal(ro.status))
          throw new AppError('unprocessable', { subcode: 'loaner.bad_repair', detail: 'A loaner goes with an open workshop repair order.' });
        if (body.charge && !ro.orderId) throw new AppError('unprocessable', { subcode: 'loaner.no_order', detail: 'This repair has no order to charge the loaner to.' });
        const at = clock.now().toISOString();
        if (!(await loanerRepo.moveStatus(trx, loaner.id, 'available', 'out', at)))
          throw new AppError('conflict', { subcode: 'loaner.not_available', detail: `This loaner is ${loaner.status}, not available.` });
        const loan: LoanRow = {
          id: newId(),
          loanerId: loaner.id,
          customerId: ro.customerId,
          repairOrderId: ro.id,
          issuedAt: at,
          dueDate: body.dueDate,
          returnedAt: null,
          depositCents: body.depositCents,
          returnCondition: null,
          notes: null,
          reminderSentAt: null,
          charged: body.charge,
          costPerDayCents: settings.loanerCostPerDayCents,
          costCents: null,
          createdAt: at,
        };
        await loanerRepo.insertLoan(trx, loan);
        if (body.charge && ro.orderId && loanerServiceId)
          await deps.orders.addLines(trx, ro.orderId, [{ kind: 'loaner', serviceId: loanerServiceId, quantity: 1, repairOrderId: ro.id }]);
        await audit.record(trx, actor, { action: 'loaner.issued', entityType: 'loaner', entityId: loaner.id, after: { loanId: loan.id, repairOrderId: ro.id, dueDate: loan.dueDate, charged: body.charge } });
        return toLoan(loan);
      });
    },

    /** Takes a loaner back; a damaged one goes to maintenance. The loan's cost is days out (at least one) × rate. */
    async returnLoan(actor: Actor, loanId: string, body: ReturnBody): Promise<Loan> {
      return db.transaction().execute(async (trx) => {
        const loan = found(await loanerRepo.findLoan(trx, loanId), 'Loan');
        if (loan.returnedAt) throw new AppError('conflict', { subcode: 'loaner.returned', detail: 'This loan was returned already.' });
        const now = clock.now();
        const days = Math.max(1, daysBetweenDates(localDate(loan.issuedAt), localDate(now)));
        const patch = { returnedAt: now.toISOString(), returnCondition: body.condition, notes: body.notes, costCents: days * Number(loan.costPerDayCents) };
        if (!(await loanerRepo.closeLoan(trx, loanId, patch))) throw new AppError('conflict', { subcode: 'loaner.returned', detail: 'This loan was returned already.' });
        const to = body.condition === 'damaged' ? 'maintenance' : 'available';
        await loanerRepo.moveStatus(trx, loan.loanerId, 'out', to, patch.returnedAt);
        if (body.condition === 'damaged') {
          const l = found(await loanerRepo.findById(trx, loan.loanerId), 'Loaner');
          await loanerRepo.update(trx, l.id, l.version, { condition: 'damaged', updatedAt: patch.returnedAt });
        }
        await audit.record(trx, actor, { action: 'loaner.returned', entityType: 'loaner', entityId: loan.loanerId, after: { loanId, condition: body.condition, costCents: patch.costCents } });
        return toLoan({ ...loan, ...patch });
      });
    },

    async overdue() {
      const t = today();
      const rows = await loanerRepo.overdue(db, t);
      const names = new Map<string, string>();
      for (const id of new Set(rows.map((r) => r.customerId))) names.set(id, (await deps.customers.summary(id))?.name ?? '');
      return rows.map((r) => ({ ...toLoan(r), serial: r.serial, model: r.model, customerName: names.get(r.customerId) ?? '', daysOverdue: daysBetweenDates(r.dueDate, t) }));
    },

    /** Mails each customer with an overdue loaner once per loan (in their language); returns how many were sent. */
    async overdueTick(): Promise<number> {
      const rows = (await loanerRepo.overdue(db, today())).filter((r) => r.reminderSentAt === null);
      let sent = 0;
      for (const loan of rows) {
        const customer = await deps.customers.summary(loan.customerId);
        const contact = customer?.contacts.find((c) => c.email);
        const ro = await repairRepo.findById(db, loan.repairOrderId);
        if (!customer || !contact?.email) continue;
        const mail = overdueLoanerMail(customer.locale, { name: contact.name || customer.name, model: loan.model, serial: loan.serial, dueDate: loan.dueDate, repairNumber: ro?.number ?? '' });
        await db.transaction().execute(async (trx) => {
          if (!(await loanerRepo.claimReminder(trx, loan.id, clock.now().toISOString()))) return;
          await bus.emit(trx, 'mail.send', { to: contact.email as string, ...mail });
          sent += 1;
        });
      }
      return sent;
    },
  };
}

export type Loaners = ReturnType<typeof createLoaners>;
