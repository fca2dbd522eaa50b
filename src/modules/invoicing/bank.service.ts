import type { Actor } from '../../kernel/context.js';
import { AppError, found } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { formatEuro } from '../../kernel/money.js';
import type { Page } from '../../kernel/pagination.js';
import { bankRepo } from './bank.repo.js';
import type { BankImportResult, BankStatement, BankStatementLine, BankStatementSummary, ListBankLinesQuery, ResolveBankLineBody } from './bank.schema.js';
import { CamtError, type CamtEntry, type CamtStatement, parseCamt053 } from './camt.js';
import { invoiceNumbersIn } from './invoice-number.js';
import { invoiceRepo } from './invoice.repo.js';
import { userIdOf } from './invoice.service.js';
import { openAmount } from './invoice.totals.js';
import type { Exec, InvoicingDeps } from './invoicing.deps.js';
import type { BankStatementLineRow, BankStatementRow } from './invoicing.table.js';
import type { PaymentService } from './payment.service.js';

type LineWithNumber = BankStatementLineRow & { invoiceNumber: string | null };

const toLine = (r: LineWithNumber): BankStatementLine => {
  const { resolvedBy: _by, ...rest } = r;
  return { ...rest, invoiceNumber: r.invoiceNumber ?? null };
};
const toStatement = (r: BankStatementRow): BankStatementSummary => {
  const { messageId: _m, importedBy: _by, ...rest } = r;
  return rest;
};

const bankError = (subcode: string, detail: string) => new AppError('unprocessable', { subcode, detail });

/** Bank statements (camt.053): import, automatic matching of incoming transfers to invoices, and the queue of the rest. */
export function createBankService(deps: InvoicingDeps, payments: PaymentService) {
  const { db, clock, audit } = deps;

  /**
   * Matches one credit entry: an invoice number in the remittance text whose open amount is exactly the entry's
   * amount. Anything less certain (partial payments, unknown or missing numbers) waits for a person.
   */
  async function match(trx: Exec, actor: Actor, e: CamtEntry, lineId: string): Promise<Pick<BankStatementLineRow, 'status' | 'invoiceId' | 'paymentId' | 'note'>> {
    if (e.creditDebit === 'DBIT') return { status: 'ignored', invoiceId: null, paymentId: null, note: '' };
    if (e.status !== 'BOOK') return { status: 'ignored', invoiceId: null, paymentId: null, note: `Not booked (${e.status}).` };
    if (e.currency && e.currency !== 'EUR') return { status: 'unmatched', invoiceId: null, paymentId: null, note: `Currency ${e.currency}.` };
    const numbers = invoiceNumbersIn(e.remittance);
    if (numbers.length === 0) return { status: 'unmatched', invoiceId: null, paymentId: null, note: 'No invoice number in the description.' };
    const invoices = (await invoiceRepo.findByNumbers(trx, numbers)).filter((i) => i.kind === 'invoice' && i.status === 'issued');
    for (const n of numbers) {
      const inv = invoices.find((i) => i.number === n);
      if (inv && openAmount(inv) === e.amountCents) {
        const p = await payments.registerPayment(trx, actor, inv.id, {
          amountCents: e.amountCents,
          paidOn: e.bookingDate,
          method: 'bank_transfer',
          reference: (e.endToEndId || e.entryReference || e.remittance).slice(0, 140),
          bankStatementLineId: lineId,
        });
        return { status: 'matched', invoiceId: inv.id, paymentId: p.id, note: '' };
      }
    }
    const known = invoices.find((i) => numbers.includes(i.number as string));
    const note = known
      ? `Invoice ${known.number} has ${formatEuro(openAmount(known))} open, not ${formatEuro(e.amountCents)}.`
      : `Invoice ${numbers.join(', ')} not found.`;
    return { status: 'unmatched', invoiceId: known?.id ?? null, paymentId: null, note };
  }

  function parse(content: Buffer): CamtStatement[] {
    try {
      return parseCamt053(content.toString('utf8'));
    } catch (err) {
      if (err instanceof CamtError) throw bankError('bank.invalid_file', `This is not a readable camt.053 statement: ${err.message}.`);
      throw err;
    }
  }

  return {
    /**
     * Imports a camt.053 file: every statement must be of the company's own account and new; then all of it is
     * written, and matched, in one transaction, or nothing is.
     */
    async importStatement(actor: Actor, file: { filename: string; content: Buffer }): Promise<BankImportResult> {
      const statements = parse(file.content);
      const own = (await deps.organisation.getOrganisation()).iban.replace(/\s+/g, '').toUpperCase();
      if (!own) throw bankError('bank.wrong_account', 'Enter the company IBAN in the settings before importing statements.');
      const foreign = statements.find((s) => s.iban !== own);
      if (foreign) throw bankError('bank.wrong_account', `This statement is for account ${foreign.iban}, not the company account.`);
      const ids = statements.map((s) => s.statementId);
      if (new Set(ids).size !== ids.length) throw bankError('bank.invalid_file', 'The file holds the same statement twice.');
      const duplicate = () =>
        new AppError('conflict', { subcode: 'bank.duplicate_statement', detail: `Statement ${ids.join(', ')} has already been imported.` });
      if ((await bankRepo.findByStatementIds(db, own, ids)).length) throw duplicate();

      try {
        return await db.transaction().execute(async (trx) => {
          const now = clock.now().toISOString();
          const result: BankImportResult = { statements: [], matched: 0, unmatched: 0, ignored: 0 };
          for (const s of statements) {
            const row: BankStatementRow = {
              id: newId(),
              statementId: s.statementId,
              iban: s.iban,
              messageId: s.messageId,
              format: s.format,
              fromDate: s.fromDate,
              toDate: s.toDate,
              filename: file.filename,
              lineCount: s.entries.length,
              matchedCount: 0,
              importedAt: now,
              importedBy: userIdOf(actor),
            };
            await bankRepo.insertStatement(trx, row);
            // Lines are written first: a payment made by matching points at its line.
            const lines: BankStatementLineRow[] = s.entries.map((e, i) => ({
              id: newId(),
              bankStatementId: row.id,
              position: i + 1,
              entryReference: e.entryReference,
              bookingDate: e.bookingDate,
              valueDate: e.valueDate,
              amountCents: e.amountCents,
              currency: e.currency || 'EUR',
              creditDebit: e.creditDebit,
              counterpartyName: e.counterpartyName,
              counterpartyIban: e.counterpartyIban,
              endToEndId: e.endToEndId,
              remittance: e.remittance,
              status: 'unmatched',
              invoiceId: null,
              paymentId: null,
              note: '',
              resolvedAt: null,
              resolvedBy: null,
              version: 1,
            }));
            await bankRepo.insertLines(trx, lines);
            for (const [i, e] of s.entries.entries()) {
              const outcome = await match(trx, actor, e, lines[i].id);
              Object.assign(lines[i], outcome);
              result[outcome.status as 'matched' | 'unmatched' | 'ignored'] += 1;
              if (outcome.status !== 'unmatched' || outcome.note) await bankRepo.updateLine(trx, lines[i].id, outcome);
            }
            row.matchedCount = lines.filter((l) => l.status === 'matched').length;
            await bankRepo.updateStatementCounts(trx, row.id, row.matchedCount);
            result.statements.push(toStatement(row));
            await audit.record(trx, actor, {
              action: 'bank_statement.imported',
              entityType: 'bank_statement',
              entityId: row.id,
              after: { statementId: s.statementId, iban: s.iban, lines: lines.length, matched: row.matchedCount },
            });
          }
          return result;
        });
      } catch (err) {
        // Two uploads of one statement at once: the unique key lets only the first through.
        if (!(err instanceof AppError) && (await bankRepo.findByStatementIds(db, own, ids)).length) throw duplicate();
        throw err;
      }
    },

    async listStatements(q: { page: number; pageSize: number }): Promise<Page<BankStatementSummary>> {
      const { items, total } = await bankRepo.statementPage(db, (q.page - 1) * q.pageSize, q.pageSize);
      return { items: items.map(toStatement), total, page: q.page, pageSize: q.pageSize };
    },

    async getStatement(id: string): Promise<BankStatement> {
      const row = found(await bankRepo.findStatement(db, id), 'Bank statement');
      return { ...toStatement(row), lines: (await bankRepo.linesOfStatement(db, id)).map(toLine) };
    },

    async listLines(q: ListBankLinesQuery): Promise<Page<BankStatementLine>> {
      const { items, total } = await bankRepo.linePage(db, q.status, (q.page - 1) * q.pageSize, q.pageSize);
      return { items: items.map(toLine), total, page: q.page, pageSize: q.pageSize };
    },

    /** Settles an unmatched line by hand: as a payment of the chosen invoice, or ignored with a note. */
    async resolveLine(actor: Actor, id: string, body: ResolveBankLineBody): Promise<BankStatementLine> {
      const line = found(await bankRepo.findLine(db, id), 'Bank statement line');
      if (line.status !== 'unmatched') throw new AppError('conflict', { subcode: 'bank.line_settled', detail: `This line is already ${line.status}.` });
      return db.transaction().execute(async (trx) => {
        const now = clock.now().toISOString();
        const by = userIdOf(actor);
        let patch: Partial<BankStatementLineRow>;
        if ('invoiceId' in body) {
          if (line.creditDebit !== 'CRDT') throw bankError('bank.not_incoming', 'Only incoming money can pay an invoice.');
          const p = await payments.registerPayment(trx, actor, body.invoiceId, {
            amountCents: line.amountCents,
            paidOn: line.bookingDate,
            method: 'bank_transfer',
            reference: (line.endToEndId || line.entryReference || line.remittance).slice(0, 140),
            bankStatementLineId: id,
          });
          patch = { status: 'resolved', invoiceId: body.invoiceId, paymentId: p.id, note: body.note, resolvedAt: now, resolvedBy: by };
        } else {
          patch = { status: 'ignored', note: body.note, resolvedAt: now, resolvedBy: by };
        }
        if (!(await bankRepo.settleLine(trx, id, patch))) throw new AppError('conflict', { subcode: 'bank.line_settled', detail: 'Someone else settled this line first.' });
        await audit.record(trx, actor, { action: 'bank_statement.line_resolved', entityType: 'bank_statement_line', entityId: id, after: patch });
        return toLine(found(await bankRepo.findLine(trx, id), 'Bank statement line'));
      });
    },
  };
}

export type BankService = ReturnType<typeof createBankService>;
