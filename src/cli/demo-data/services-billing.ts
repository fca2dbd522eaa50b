import { newId } from '../../kernel/ids.js';
import { formatEuro } from '../../kernel/money.js';
import { demoInvoiceTotals } from '../../modules/invoicing/index.js';
import type { Rng } from './random.js';
import { CREDIT_REASONS } from './services-catalog.js';
import { addDays, iso, localDate, localMs, MIN, weekday } from './services-time.js';
import type { InvoiceLineRow, InvoiceRow, OrderLineRow, PaymentRow, ServiceCustomer, ServiceFinal, ServiceRows, ServicesContext } from './services-types.js';

type Doc = { row: InvoiceRow; lines: InvoiceLineRow[]; payments: PaymentRow[]; seq: number };
type BillingRows = Pick<ServiceRows, 'invoices' | 'invoiceLines' | 'payments'>;

const BANKS = ['INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ'];

/** A valid Dutch IBAN (mod-97 check digits) for a bank code and ten digits. */
function iban(bank: string, account: string): string {
  const digits = `${bank}${account}NL00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `NL${String(98 - rest).padStart(2, '0')}${bank}${account}`;
}

/** Money owed and paid on an invoice, as the invoicing module derives its payment status. */
const statusOf = (gross: number, credited: number, paid: number) => (Math.max(0, gross - credited - paid) === 0 ? 'paid' : paid > 0 ? 'partial' : 'open');

/**
 * Invoices for completed orders, credit notes and payments. Numbers are handed out per year in issue-date order:
 * documents wait until no later case can produce an earlier one (the caller's cases come in time order), then are
 * numbered and released. Recent bank transfers are kept for the bank statements made at the end.
 */
export function createBilling(ctx: ServicesContext, rng: Rng, closed: (date: string) => boolean) {
  const nowMs = ctx.now.getTime();
  const today = localDate(nowMs);
  const statementFrom = addDays(today, -14);
  const pending: Doc[] = [];
  const held: { payment: PaymentRow; doc: Doc; customer: string }[] = [];
  const open: { doc: Doc; customer: string; open: number }[] = [];
  const lastNumber = new Map<string, number>();
  let seq = 0;
  const openDay = (d: string) => weekday(d) <= 5 && !closed(d);
  const nextOpen = (d: string) => {
    let x = d;
    while (!openDay(x)) x = addDays(x, 1);
    return x;
  };
  const clerk = () => rng.pick(ctx.backOffice);

  function customerSnapshot(c: ServiceCustomer): string {
    const a = c.billing;
    return JSON.stringify({
      name: c.name,
      kind: c.kind,
      street: a.street,
      houseNumber: `${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}`,
      postcode: a.postcode,
      city: a.city,
      country: a.country,
      kvkNumber: c.kvkNumber,
      vatId: c.vatId,
      email: c.email,
    });
  }

  function payment(invoiceId: string, amountCents: number, paidOn: string, method: PaymentRow['method'], createdMs: number, by: string | null): PaymentRow {
    return { id: newId(createdMs), invoiceId, amountCents, paidOn, method, reference: '', bankStatementLineId: null, createdAt: iso(Math.min(nowMs, createdMs)), createdBy: by };
  }

  /** Invoices a completed order when that has happened by now; returns the invoice's id and issue instant. */
  function add(o: { orderId: string; orderNumber: string; caseId: string; customer: ServiceCustomer; lines: OrderLineRow[]; completedMs: number }): { id: string; issuedAt: string } | null {
    const c = o.customer;
    let issueDate = nextOpen(addDays(localDate(o.completedMs), rng.weighted([0, 1, 2, 3], [40, 35, 15, 10])));
    const issuedMs = Math.max(localMs(issueDate, 16 * 60 + rng.int(0, 90)), o.completedMs + 30 * MIN);
    issueDate = localDate(issuedMs);
    if (issuedMs > nowMs) return null;
    const id = newId(issuedMs);
    const lines: InvoiceLineRow[] = o.lines.map((l, i) => ({
      id: newId(issuedMs),
      invoiceId: id,
      position: i + 1,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPriceCents: l.unitPriceCents,
      vatCode: l.vatCode,
      vatPercentBp: l.vatPercentBp,
      netCents: l.quantity * l.unitPriceCents,
      orderLineId: l.id,
      serviceId: l.serviceId,
      serviceKind: l.serviceKind,
      unitCostCents: l.unitCostCents,
      creditOfLineId: null,
    }));
    const t = demoInvoiceTotals(lines);
    const snapshot = customerSnapshot(c);
    const row: InvoiceRow = {
      id,
      number: null,
      kind: 'invoice',
      creditOfId: null,
      customerId: c.id,
      customerName: c.name,
      orderId: o.orderId,
      orderNumber: o.orderNumber,
      caseId: o.caseId,
      status: 'issued',
      issueDate,
      dueDate: addDays(issueDate, 14),
      customerSnapshot: snapshot,
      sellerSnapshot: JSON.stringify(ctx.seller),
      reference: c.kind === 'business' && rng.chance(0.4) ? `PO-${rng.int(10000, 99999)}` : '',
      notes: '',
      reason: '',
      locale: c.locale === 'en' ? 'en' : 'nl',
      netCents: t.netCents,
      vatCents: t.vatCents,
      grossCents: t.grossCents,
      creditedCents: 0,
      paidCents: 0,
      paymentStatus: 'open',
      issuedAt: iso(issuedMs),
      issuedBy: clerk(),
      mailedAt: iso(Math.min(nowMs, issuedMs + MIN)),
      version: 1,
      createdAt: iso(issuedMs - rng.int(5, 90) * MIN),
      updatedAt: iso(issuedMs),
    };
    const doc: Doc = { row, lines, payments: [], seq: seq++ };
    pending.push(doc);
    let lastChange = issuedMs;

    // A few credit notes: the whole invoice or one charged line, within two weeks of the invoice.
    let creditDate: string | null = null;
    const charged = lines.filter((l) => l.unitPriceCents > 0);
    if (t.grossCents > 0 && charged.length && rng.chance(0.025)) {
      const date = nextOpen(addDays(issueDate, rng.int(2, 12)));
      const at = localMs(date, 11 * 60 + rng.int(0, 240));
      if (at <= nowMs) {
        creditDate = date;
        const cnId = newId(at);
        const whole = rng.chance(0.4);
        const picked = whole ? charged : [charged.find((l) => l.kind === 'surcharge') ?? charged[charged.length - 1]];
        const cnLines: InvoiceLineRow[] = picked.map((l, i) => {
          const quantity = whole ? l.quantity : 1;
          return { ...l, id: newId(at), invoiceId: cnId, position: i + 1, quantity: -quantity, netCents: -quantity * l.unitPriceCents, creditOfLineId: l.id };
        });
        const ct = demoInvoiceTotals(cnLines);
        pending.push({
          row: {
            ...row,
            id: cnId,
            kind: 'credit_note',
            creditOfId: id,
            issueDate: date,
            dueDate: date,
            notes: '',
            reason: rng.pick(CREDIT_REASONS),
            netCents: ct.netCents,
            vatCents: ct.vatCents,
            grossCents: ct.grossCents,
            creditedCents: 0,
            paidCents: 0,
            paymentStatus: 'paid',
            issuedAt: iso(at),
            issuedBy: clerk(),
            mailedAt: iso(Math.min(nowMs, at + MIN)),
            createdAt: iso(at),
            updatedAt: iso(at),
          },
          lines: cnLines,
          payments: [],
          seq: seq++,
        });
        row.creditedCents = -ct.grossCents;
        lastChange = at;
      }
    }

    // Payments: most by bank transfer within three weeks, some by iDEAL or at the door, a few never or in part.
    const due = row.grossCents - row.creditedCents;
    if (due > 0 && !rng.chance(0.04)) {
      const method = rng.weighted(['bank_transfer', 'ideal', 'card', 'cash'] as const, [80, 12, 5, 3]);
      let paidOn = method === 'card' || method === 'cash' ? issueDate : method === 'ideal' ? addDays(issueDate, rng.int(0, 4)) : addDays(issueDate, 3 + Math.min(17, Math.round(rng.gamma(2, 3))));
      if (creditDate && paidOn <= creditDate) paidOn = addDays(creditDate, rng.int(1, 5));
      const partial = rng.chance(0.015);
      const parts: [string, number][] = partial ? [[paidOn, Math.round(due / 2)], [addDays(paidOn, rng.int(10, 25)), due - Math.round(due / 2)]] : [[paidOn, due]];
      for (const [on, amount] of parts) {
        if (on > today) break;
        const createdMs = method === 'bank_transfer' ? localMs(addDays(on, 1), 9 * 60 + rng.int(0, 120)) : method === 'ideal' ? localMs(on, 12 * 60 + rng.int(0, 480)) : issuedMs;
        const p = payment(id, amount, on, method, createdMs, method === 'bank_transfer' ? clerk() : null);
        p.reference = method === 'ideal' ? `iDEAL ${rng.uint32().toString(16).padStart(8, '0').toUpperCase()}` : method === 'card' ? 'PIN-betaling bij de monteur' : method === 'cash' ? 'Contant voldaan' : '';
        if (method === 'bank_transfer' && on >= statementFrom) held.push({ payment: p, doc, customer: c.name });
        else doc.payments.push(p);
        row.paidCents += amount;
        lastChange = Math.max(lastChange, Date.parse(p.createdAt));
      }
    }
    row.paymentStatus = statusOf(row.grossCents, row.creditedCents, row.paidCents);
    row.updatedAt = iso(Math.min(nowMs, lastChange));
    return { id, issuedAt: row.issuedAt as string };
  }

  /** Numbers and releases every waiting document dated before `before` (all of them when null). */
  function flush(before: string | null): BillingRows {
    const ready = pending.filter((d) => before === null || (d.row.issueDate as string) < before);
    if (!ready.length) return { invoices: [], invoiceLines: [], payments: [] };
    const taken = new Set(ready);
    const rest = pending.filter((d) => !taken.has(d));
    pending.length = 0;
    pending.push(...rest);
    ready.sort((a, b) => ((a.row.issueDate as string) < (b.row.issueDate as string) ? -1 : (a.row.issueDate as string) > (b.row.issueDate as string) ? 1 : a.row.issuedAt! < b.row.issuedAt! ? -1 : a.row.issuedAt! > b.row.issuedAt! ? 1 : a.seq - b.seq));
    const out: BillingRows = { invoices: [], invoiceLines: [], payments: [] };
    for (const d of ready) {
      const year = (d.row.issueDate as string).slice(0, 4);
      const n = (lastNumber.get(year) ?? 0) + 1;
      lastNumber.set(year, n);
      d.row.number = `${year}-${String(n).padStart(6, '0')}`;
      for (const p of d.payments) if (p.method === 'bank_transfer') p.reference = `Factuur ${d.row.number}`;
      out.invoices.push(d.row);
      out.invoiceLines.push(...d.lines);
      out.payments.push(...d.payments);
      const owed = d.row.grossCents - d.row.creditedCents - d.row.paidCents;
      if (d.row.kind === 'invoice' && owed > 0) {
        open.push({ doc: d, customer: d.row.customerName, open: owed });
        if (open.length > 400) open.shift();
      }
    }
    return out;
  }

  /** The last two weeks' bank statements: the held transfers matched, and a few lines left for a person. */
  function statements(): Pick<ServiceFinal, 'statements' | 'statementLines' | 'payments'> {
    const out: Pick<ServiceFinal, 'statements' | 'statementLines' | 'payments'> = { statements: [], statementLines: [], payments: [] };
    const account = ctx.seller.iban.replace(/\s+/g, '').toUpperCase();
    const periods = [
      [addDays(today, -14), addDays(today, -8)],
      [addDays(today, -7), addDays(today, -1)],
    ];
    const used = new Set<PaymentRow>();
    for (const [k, [from, to]] of periods.entries()) {
      const importedMs = Math.min(nowMs - 30 * MIN, localMs(addDays(to, 1), 8 * 60 + 30));
      const id = newId(importedMs);
      const lines: ServiceFinal['statementLines'] = [];
      const line = (date: string, amount: number, name: string, remittance: string, extra: Partial<ServiceFinal['statementLines'][number]>) => {
        const ref = `${date.replace(/-/g, '')}${String(lines.length + 1).padStart(4, '0')}`;
        lines.push({
          id: newId(importedMs),
          bankStatementId: id,
          position: lines.length + 1,
          entryReference: ref,
          bookingDate: date,
          valueDate: date,
          amountCents: amount,
          currency: 'EUR',
          creditDebit: 'CRDT',
          counterpartyName: name,
          counterpartyIban: iban(rng.pick(BANKS), String(rng.int(0, 9_999_999_999)).padStart(10, '0')),
          endToEndId: `E2E-${ref}`,
          remittance,
          status: 'unmatched',
          invoiceId: null,
          paymentId: null,
          note: '',
          resolvedAt: null,
          resolvedBy: null,
          version: 1,
          ...extra,
        });
        return lines[lines.length - 1];
      };
      for (const h of held.filter((x) => x.payment.paidOn >= from && x.payment.paidOn <= to).sort((a, b) => (a.payment.paidOn < b.payment.paidOn ? -1 : 1))) {
        const l = line(h.payment.paidOn, h.payment.amountCents, h.customer, `Factuur ${h.doc.row.number}`, { status: 'matched', invoiceId: h.doc.row.id, paymentId: h.payment.id });
        h.payment.bankStatementLineId = l.id;
        h.payment.reference = l.endToEndId;
        h.payment.createdAt = iso(importedMs);
        h.payment.createdBy = ctx.backOffice[0];
        used.add(h.payment);
      }
      const matchedCount = lines.length;
      // Transfers the matcher cannot place: no invoice number, or an amount that is not what is open.
      const [a, b] = [open[open.length - 1 - 2 * k], open[open.length - 2 - 2 * k]];
      if (a) line(to, a.open, a.customer, 'Betaling reparatie, zie uw e-mail', { note: 'No invoice number in the description.' });
      if (b && b.open > 2000)
        line(to, b.open - 1000, b.customer, `Factuur ${b.doc.row.number}`, {
          invoiceId: b.doc.row.id,
          note: `Invoice ${b.doc.row.number} has ${formatEuro(b.open)} open, not ${formatEuro(b.open - 1000)}.`,
        });
      line(to, 1295, 'Bank', 'Kosten zakelijke rekening', { creditDebit: 'DBIT', status: 'ignored', counterpartyIban: account });
      out.statements.push({
        id,
        statementId: `${to.slice(0, 4)}-${String(40 + k).padStart(3, '0')}-${to.replace(/-/g, '')}`,
        iban: account,
        messageId: `CAMT053-${to.replace(/-/g, '')}-${k + 1}`,
        format: 'camt.053.001.02',
        fromDate: from,
        toDate: to,
        filename: `camt053_${account}_${to}.xml`,
        lineCount: lines.length,
        matchedCount,
        importedAt: iso(importedMs),
        importedBy: ctx.backOffice[0],
      });
      out.statementLines.push(...lines);
    }
    for (const h of held) if (!used.has(h.payment)) h.payment.reference = `Factuur ${h.doc.row.number}`;
    out.payments = held.map((h) => h.payment);
    return out;
  }

  return { add, flush, statements, counters: () => [...lastNumber].map(([period, value]) => ({ name: 'invoice', period, value })) };
}
