/** Which appliance a case is about, which service repairs it, which parts wear out, and what a job costs. */
import type { CatalogPart, WarrantyRule } from './services-types.js';

const SUBJECT_CATEGORY: [RegExp, string][] = [
  [/wasmachine/i, 'washing_machine'],
  [/vaatwasser/i, 'dishwasher'],
  [/koelkast/i, 'fridge'],
  [/droger/i, 'dryer'],
  [/oven/i, 'oven'],
  [/kookplaat/i, 'hob'],
];

/** The appliance category a case subject names, if any. */
export function categoryOfSubject(subject: string): string | null {
  return SUBJECT_CATEGORY.find(([re]) => re.test(subject))?.[1] ?? null;
}

export type JobKind = 'home' | 'workshop' | 'delivery';

/** Appliances that are only ever repaired where they stand. */
export const HOME_ONLY = new Set(['fridge', 'freezer', 'oven', 'hob', 'cooker_hood']);
/** Appliances each kind of job deals with. */
export const KIND_CATEGORIES: Record<JobKind, ReadonlySet<string>> = {
  home: new Set(['washing_machine', 'dryer', 'dishwasher', 'fridge', 'freezer', 'oven', 'hob', 'cooker_hood']),
  workshop: new Set(['coffee_machine', 'washing_machine', 'dryer', 'dishwasher', 'microwave', 'vacuum']),
  delivery: new Set(['oven', 'dishwasher', 'hob', 'cooker_hood', 'fridge', 'washing_machine']),
};

/** Wear parts per appliance category (SKUs of the demo catalog). */
const PARTS_FOR: Record<string, string[]> = {
  washing_machine: ['KB-WM-01', 'DR-WM-01', 'PMP-AFV-01', 'VE-WM-1950', 'LGR-WM-01', 'AFS-15', 'TS-AQ-15', 'DVG-WM-01', 'SCHOK-WM-01', 'PCB-WM-01', 'MOT-WM-01'],
  dishwasher: ['PMP-AFV-01', 'SCH-VW-01', 'SPR-VW-01', 'FLT-VW-01', 'TS-AQ-15', 'AFS-15'],
  dryer: ['VE-DR-01', 'RIEM-DR-01'],
  fridge: ['THM-KOEL-01', 'LED-KOEL-01'],
  freezer: ['THM-KOEL-01', 'LED-KOEL-01'],
  oven: ['THM-OVEN-01'],
  hob: ['THM-OVEN-01'],
  cooker_hood: ['KOOLF-AZK-01'],
  coffee_machine: ['DICHT-KOF-01', 'ONTK-500'],
};

/** Parts that fit an appliance, with weights that make cheap wear parts more common than boards and motors. */
export function partsFor(category: string, parts: readonly CatalogPart[]): { list: CatalogPart[]; weights: number[] } {
  const skus = PARTS_FOR[category] ?? ['AFS-15'];
  const list = parts.filter((p) => skus.includes(p.sku));
  return { list, weights: list.map((p) => 1 / Math.sqrt(p.costCents)) };
}

/** Service kinds that are repair labour, governed by the warranty rule's `labour` setting. */
const LABOUR_KINDS = new Set(['workshop_repair', 'home_repair']);

/** Whether the warranty rule makes a line free for a product under warranty. */
export function warrantyFree(kind: string, serviceKind: string | null, rule: WarrantyRule): boolean {
  if (kind === 'labour' || (kind === 'service' && serviceKind && LABOUR_KINDS.has(serviceKind))) return rule.labour === 'free';
  if (kind === 'part') return rule.parts === 'free';
  if (kind === 'surcharge') return rule.surcharge === 'free';
  if (kind === 'travel') return rule.travel === 'free';
  return false;
}

/** A 1×1 transparent PNG, as a data URL: the stand-in for a customer's signature. */
export const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const DECLINE_REASONS = ['Te duur, koop liever een nieuw apparaat', 'Zelf opgelost', 'Gekozen voor een andere reparateur', 'Apparaat wordt vervangen'];
export const CANCEL_REASONS = ['Klant heeft het probleem zelf opgelost', 'Apparaat vervangen door een nieuw exemplaar', 'Klant niet bereikbaar voor een nieuwe afspraak'];
export const INTAKE_NOTES = ['', '', 'Krassen op de bovenplaat', 'Zonder accessoires ontvangen', 'Netsnoer beschadigd', 'Deur sluit stroef'];
export const CREDIT_REASONS = ['Coulance: monteur kwam later dan afgesproken', 'Toeslag ten onrechte berekend', 'Onderdeel niet gebruikt', 'Dubbel gefactureerd'];
export const LOANER_MODELS: Record<string, string[]> = {
  washing_machine: ['Bosch Serie 4 WAN28277', 'Beko WTV8736XC'],
  dryer: ['Beko DH8634CSRX'],
  dishwasher: ['Bosch Serie 2 SMS2HTW72E'],
  coffee_machine: ["De'Longhi Magnifica S", 'Philips EP2220'],
  other: ['Inventum VWM8000'],
};
