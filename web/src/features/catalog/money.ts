import { currentLang } from '../../i18n';
import type { VatCode, VatRate } from './types';

export { centsToInput, parseMoneyInput, percentOf } from '../sales/money';

/**
 * Standard cost and margin as the server derives them (catalog.cost.ts): labour minutes at the hourly cost,
 * rounded half up to the cent, plus parts and travel; margin percentage of the price to one decimal.
 */
export function liveMargin(s: { priceCents: number; labourMinutes: number; partsCostCents: number; travelCostCents: number }, labourCostPerHourCents: number) {
  const labour = Math.floor((2 * s.labourMinutes * labourCostPerHourCents + 60) / 120);
  const standardCostCents = labour + s.partsCostCents + s.travelCostCents;
  return { standardCostCents, ...marginOf(s.priceCents, standardCostCents) };
}

export function marginOf(priceCents: number, costCents: number): { marginCents: number; marginPercent: number | null } {
  const marginCents = priceCents - costCents;
  if (priceCents === 0) return { marginCents, marginPercent: null };
  const tenths = Math.floor((2 * Math.abs(marginCents) * 1000 + priceCents) / (2 * priceCents));
  return { marginCents, marginPercent: (Math.sign(marginCents) * tenths) / 10 || 0 };
}

const pct = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const pctEn = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A margin percentage with one decimal in the UI language ("54,7%"); a dash when there is none. */
export function formatPercent(value: number | null): string {
  if (value === null) return '–';
  return `${(currentLang() === 'en' ? pctEn : pct).format(value)}%`;
}

/** The rate of a VAT code that applies today (Amsterdam date), for showing next to prices. */
export function currentRate(rates: VatRate[], code: VatCode, today: string): VatRate | undefined {
  return rates.find((r) => r.code === code && r.validFrom <= today && (r.validTo === null || today <= r.validTo));
}

/** Today's date in the Netherlands (YYYY-MM-DD). */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** "9,5" or "21" as typed for a percentage, to basis points; null when not a number from 0 to 100. */
export function percentToBp(text: string): number | null {
  const t = text.trim().replace('%', '').replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const bp = Math.round(Number(t) * 100);
  return bp <= 10_000 ? bp : null;
}

export const nameOf = (x: { nameNl: string; nameEn: string }) => (currentLang() === 'en' ? x.nameEn : x.nameNl);
