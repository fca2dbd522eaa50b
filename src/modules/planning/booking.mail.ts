import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { OutgoingMail } from '../../kernel/mailer.js';
import { formatEuro } from '../../kernel/money.js';
import type { PlanningCustomer, PlanningServiceInfo } from './planning.core.js';
import { localTimeOf } from './planning.rules.js';
import type { BookingRow } from './planning.table.js';

export type BookingMailKind = 'confirmed' | 'rescheduled' | 'cancelled' | 'reminder';

export interface IcsContext {
  /** Host part of the booking's UID, so the UID is unique beyond this installation. */
  host: string;
  companyName: string;
  organizerEmail: string;
  summary: string;
}

/** One-line address of a booking, as on the invite and in the mail. */
export function addressLine(b: Pick<BookingRow, 'street' | 'houseNumber' | 'houseNumberAddition' | 'postcode' | 'city'>): string {
  const number = `${b.houseNumber}${b.houseNumberAddition ? ` ${b.houseNumberAddition}` : ''}`;
  return `${b.street} ${number}, ${b.postcode} ${b.city}`;
}

/**
 * The booking as an iCalendar invite: METHOD:REQUEST for a new or moved appointment (SEQUENCE counts the
 * changes so calendars replace the old one), METHOD:CANCEL once cancelled. Times are UTC.
 */
export function renderIcs(b: BookingRow, ctx: IcsContext): string {
  const cancelled = b.status === 'cancelled';
  const cal = ical({
    prodId: { company: ctx.companyName || 'Loyaal', product: 'Loyaal', language: 'NL' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  cal.createEvent({
    id: `${b.id}@${ctx.host}`,
    start: new Date(b.startsAt),
    end: new Date(b.endsAt),
    stamp: new Date(b.updatedAt),
    sequence: b.icsSequence,
    summary: ctx.summary,
    location: addressLine(b),
    organizer: { name: ctx.companyName || 'Loyaal', email: ctx.organizerEmail },
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return cal.toString();
}

const dutchDate = (date: string) => `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;

const TEXT = {
  nl: {
    confirmed: { subject: 'Bevestiging van uw afspraak', intro: 'Hierbij bevestigen wij uw afspraak.' },
    rescheduled: { subject: 'Uw afspraak is verplaatst', intro: 'Uw afspraak is verplaatst naar een nieuw tijdstip.' },
    cancelled: { subject: 'Uw afspraak is geannuleerd', intro: 'Uw afspraak is geannuleerd.' },
    reminder: { subject: 'Herinnering: morgen uw afspraak', intro: 'Ter herinnering: morgen komen wij bij u langs.' },
    service: 'Dienst',
    when: 'Wanneer',
    where: 'Adres',
    price: 'Prijs',
    closing: 'Met vriendelijke groet',
    invite: 'De afspraak staat in de bijlage (agenda-uitnodiging).',
  },
  en: {
    confirmed: { subject: 'Your appointment is confirmed', intro: 'We confirm your appointment.' },
    rescheduled: { subject: 'Your appointment has been moved', intro: 'Your appointment has been moved to a new time.' },
    cancelled: { subject: 'Your appointment has been cancelled', intro: 'Your appointment has been cancelled.' },
    reminder: { subject: 'Reminder: your appointment is tomorrow', intro: 'A reminder: we will visit you tomorrow.' },
    service: 'Service',
    when: 'When',
    where: 'Address',
    price: 'Price',
    closing: 'Kind regards',
    invite: 'The appointment is attached as a calendar invitation.',
  },
} as const;

/** The customer's primary contact address (or the first that has one). */
export function primaryEmail(c: PlanningCustomer): string | null {
  const withEmail = c.contacts.filter((x) => x.email);
  return (withEmail.find((x) => Boolean(x.isPrimary)) ?? withEmail[0])?.email ?? null;
}

/** A booking mail in the customer's locale, with the invite attached. */
export function bookingMail(kind: BookingMailKind, b: BookingRow, c: { to: string; locale: string; name: string }, service: PlanningServiceInfo, ics: string, companyName: string): OutgoingMail {
  const en = c.locale === 'en';
  const t = en ? TEXT.en : TEXT.nl;
  const serviceName = en ? service.nameEn || service.nameNl : service.nameNl;
  const lines = [
    `${en ? 'Dear' : 'Beste'} ${c.name},`,
    '',
    t[kind].intro,
    '',
    `${t.service}: ${serviceName}`,
    `${t.when}: ${dutchDate(b.date)} ${localTimeOf(b.startsAt)}–${localTimeOf(b.endsAt)}`,
    `${t.where}: ${addressLine(b)}`,
    ...(kind === 'cancelled' ? [] : [`${t.price}: ${formatEuro(b.basePriceCents + b.surchargeCents)}`]),
    '',
    t.invite,
    '',
    t.closing,
    companyName,
  ];
  return {
    to: c.to,
    subject: `${t[kind].subject} – ${dutchDate(b.date)} ${localTimeOf(b.startsAt)}`,
    text: lines.join('\n'),
    attachments: [{ filename: 'afspraak.ics', contentType: `text/calendar; charset=utf-8; method=${b.status === 'cancelled' ? 'CANCEL' : 'REQUEST'}`, content: Buffer.from(ics, 'utf8') }],
  };
}
