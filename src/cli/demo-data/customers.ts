import { newId } from '../../kernel/ids.js';
import type { CustomersTables } from '../../modules/customers/index.js';
import { searchTokens } from '../../modules/customers/index.js';
import { companyName, drawPerson, EmailRegistry, fold, kvkNumber, landlinePhone, mobilePhone, vatId } from './people.js';
import { type DemoAddress, drawAddress, drawPlace } from './places.js';
import type { Rng } from './random.js';

export { fold, words } from './people.js';

/** A row of the `customers` table. */
export type CustomerRow = CustomersTables['customers'];
/** A row of the `customerContacts` table. */
export type ContactRow = CustomersTables['customerContacts'];
/** A row of the `customerAddresses` table. */
export type AddressRow = CustomersTables['customerAddresses'];
/** A row of the `customerSearchTokens` table. */
export type SearchTokenRow = CustomersTables['customerSearchTokens'];

/** One demo customer with everything that hangs off it. */
export interface DemoCustomer {
  customer: CustomerRow;
  contacts: ContactRow[];
  addresses: AddressRow[];
  tokens: SearchTokenRow[];
}

/** The acquisition window; `growth` (default 1.5) makes later months busier (density ∝ 1 + growth·x). */
export interface DemoCustomerOptions {
  start: Date;
  end: Date;
  growth?: number;
}

/** The ways customers find Huishoudservice Nederland. */
export const ACQUISITION_CHANNELS = ['webshop', 'winkel', 'marktplaats-partner', 'telefoon', 'beurs'] as const;
const PERSON_WEIGHTS = [45, 30, 10, 9, 6];
const BUSINESS_WEIGHTS = [25, 20, 5, 30, 20];
const PREFIX: Record<string, string> = { webshop: 'WEB', winkel: 'WKL', 'marktplaats-partner': 'MPP', telefoon: 'TEL', beurs: 'BRS' };
const COST: Record<string, [number, number]> = { webshop: [2500, 6000], winkel: [4000, 9000], 'marktplaats-partner': [3000, 7000], telefoon: [3500, 8000], beurs: [6000, 15000] };
const PERSON_TAGS: [string, number][] = [['nieuwsbrief', 0.3], ['app-gebruiker', 0.15], ['vaste-klant', 0.1], ['senior', 0.08], ['klachtgevoelig', 0.03]];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * `count` demo customers of Huishoudservice Nederland B.V., in acquisition order (so their ids, which embed the
 * creation time, sort the same way): 90% households, 10% businesses with KvK and VAT numbers, unique e-mail
 * addresses, one address (`both`) or a billing and a service address, and their search tokens.
 */
export function* demoCustomers(rng: Rng, count: number, opts: DemoCustomerOptions): Generator<DemoCustomer> {
  const emails = new EmailRegistry();
  const kvks = new Set<string>();
  const vats = new Set<string>();
  const [from, span, g] = [opts.start.getTime(), opts.end.getTime() - opts.start.getTime(), opts.growth ?? 1.5];
  for (let i = 0; i < count; i++) {
    const u = (i + rng.next()) / count;
    const x = g === 0 ? u : (Math.sqrt(1 + 2 * g * (1 + g / 2) * u) - 1) / g;
    const t = from + x * span;
    const ms = Math.floor(t / DAY) * DAY + Math.floor((8 + (14 * (t % DAY)) / DAY) * HOUR);
    const at = new Date(ms).toISOString();
    const id = newId(ms);
    const business = rng.chance(0.1);
    const channel = rng.weighted(ACQUISITION_CHANNELS, business ? BUSINESS_WEIGHTS : PERSON_WEIGHTS);
    const segment = business ? 'zakelijk' : rng.chance(0.1) ? 'premium' : 'particulier';
    const contact = (name: string, email: string | null, phone: string | null, isPrimary: boolean): ContactRow => ({ id: newId(ms), customerId: id, name, email, phone, isPrimary, createdAt: at });
    const address = (a: DemoAddress, kind: string): AddressRow => ({ id: newId(ms), customerId: id, kind, ...a, createdAt: at });
    const place = drawPlace(rng);
    const marketing = rng.chance(business ? 0.35 : 0.55);
    const consentMs = Math.min(opts.end.getTime(), ms + (rng.chance(0.7) ? 0 : rng.int(1, 400) * DAY));
    let name: string;
    let contacts: ContactRow[];
    let drawn: DemoAddress[];
    let tags: string[];
    if (business) {
      name = companyName(rng, place);
      const domain = emails.domain(name);
      const boss = drawPerson(rng);
      contacts = [contact(boss.name, emails.business(rng.chance(0.5) ? boss.firstName : 'info', domain), rng.chance(0.6) ? landlinePhone(rng, place.areaCode) : mobilePhone(rng), true)];
      if (rng.chance(0.5)) contacts.push(contact('Administratie', emails.business(rng.pick(['administratie', 'facturen', 'boekhouding']), domain), landlinePhone(rng, place.areaCode), false));
      drawn = [drawAddress(rng, place), drawAddress(rng, rng.chance(0.75) ? place : drawPlace(rng))];
      tags = [/hotel|restaurant|caf|brasserie|lunchroom|camping/i.test(name) ? 'horeca' : /zorg/i.test(name) ? 'zorg' : /vve/i.test(name) ? 'vve' : 'mkb'];
      if (rng.chance(0.2)) tags.push('raamcontract');
    } else {
      const p = drawPerson(rng);
      name = p.name;
      contacts = [contact(name, emails.person(rng, p.firstName, p.surname), rng.chance(0.75) ? mobilePhone(rng) : landlinePhone(rng, place.areaCode), true)];
      if (rng.chance(0.15)) {
        const partner = drawPerson(rng, rng.chance(0.6) ? p.surname : undefined);
        contacts.push(contact(partner.name, rng.chance(0.7) ? emails.person(rng, partner.firstName, partner.surname) : null, rng.chance(0.8) ? mobilePhone(rng) : null, false));
      }
      drawn = [drawAddress(rng, place)];
      tags = PERSON_TAGS.filter(([tag, p]) => rng.chance(p) && (marketing || tag !== 'nieuwsbrief')).map(([tag]) => tag);
      if (segment === 'premium') tags.unshift('premium');
    }
    const [lo, hi] = business ? [15000, 40000] : COST[channel];
    const serviceMail = rng.chance(0.96);
    const customer: CustomerRow = {
      id,
      kind: business ? 'business' : 'person',
      name,
      searchName: fold(name),
      kvkNumber: business ? kvkNumber(rng, kvks) : null,
      vatId: business && rng.chance(0.95) ? vatId(rng, vats) : null,
      locale: rng.chance(0.03) ? 'en' : 'nl',
      consentServiceMail: serviceMail,
      consentServiceMailAt: serviceMail ? at : null,
      consentMarketingMail: marketing,
      consentMarketingMailAt: marketing ? new Date(Math.max(ms, consentMs)).toISOString() : null,
      tags: JSON.stringify(tags),
      segment,
      externalId: `${PREFIX[channel]}-${String(i + 1).padStart(7, '0')}`,
      acquisitionDate: at.slice(0, 10),
      acquisitionChannel: channel,
      acquisitionCostCents: Math.round(rng.int(lo, hi) * (segment === 'premium' ? 1.2 : 1)),
      mergedIntoId: null,
      version: 1,
      createdAt: at,
      updatedAt: marketing ? new Date(Math.max(ms, consentMs)).toISOString() : at,
    };
    const addresses = business ? [address(drawn[0], 'billing'), address(drawn[1], 'service')] : [address(drawn[0], 'both')];
    yield { customer, contacts, addresses, tokens: searchTokens({ name, externalId: customer.externalId, contacts, addresses: drawn }).map((token) => ({ token, customerId: id, searchName: customer.searchName })) };
  }
}
