import { newId } from '../../kernel/ids.js';
import type { CasesTables } from '../../modules/cases/index.js';
import { type BusinessCalendar, computeSla, DEFAULT_CALENDAR, type SlaTargets } from '../../modules/sla/index.js';
import { agentReply, CASE_TOPICS, customerText, followUp, internalNote } from './case-texts.js';
import type { Rng } from './random.js';

type CaseRow = CasesTables['cases'];
type MessageRow = CasesTables['caseMessages'];

/** A customer who may contact the desk. */
export interface CaseCustomer {
  id: string;
  contactId: string | null;
  name: string;
  email: string | null;
  locale: string;
}
export interface DemoTeam {
  id: string;
  agents: { id: string; name: string }[];
  categories: readonly string[];
}
export interface DemoCase {
  row: CaseRow;
  messages: MessageRow[];
  /** 1–5 when the customer answered the survey. */
  rating: { rating: number; ratedAt: string; comment: string | null } | null;
}

const MIN = 60_000;
const CHANNELS = ['email', 'phone', 'portal', 'web_form', 'api'] as const;
const CHANNEL_WEIGHTS = [45, 30, 12, 10, 3];
const PRIORITIES = ['normal', 'high', 'low', 'urgent'] as const;
const PRIORITY_WEIGHTS = [70, 15, 10, 5];
/** The demo department's SLA targets per priority (the defaults a new installation gets). */
const TARGETS: Record<string, SlaTargets> = {
  urgent: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 480, warnAtPercent: 80 },
  high: { firstResponseMinutes: 120, nextResponseMinutes: 240, resolutionMinutes: 960, warnAtPercent: 80 },
  normal: { firstResponseMinutes: 240, nextResponseMinutes: 480, resolutionMinutes: 1920, warnAtPercent: 80 },
  low: { firstResponseMinutes: 480, nextResponseMinutes: 960, resolutionMinutes: 4800, warnAtPercent: 80 },
};
/** The default policies every installation starts with (see the case settings service). */
const POLICY_IDS: Record<string, string> = {
  urgent: '00000000-0000-7000-8000-000000000100',
  high: '00000000-0000-7000-8000-000000000101',
  normal: '00000000-0000-7000-8000-000000000102',
  low: '00000000-0000-7000-8000-000000000103',
};
const WORST: Record<string, number> = { none: 0, met: 1, paused: 2, running: 3, missed: 4, warning: 5, breached: 6 };

/** A desk hour: mostly weekdays 08:00–20:00 Amsterdam time, fewer in the evening and at weekends. */
function contactInstant(rng: Rng, start: number, end: number): number {
  for (;;) {
    const t = start + rng.next() * (end - start);
    const d = new Date(t);
    const hour = (d.getUTCHours() + 1) % 24;
    const day = d.getUTCDay();
    const weight = (day === 0 || day === 6 ? 0.3 : 1) * (hour >= 8 && hour < 18 ? 1 : hour >= 18 && hour < 22 ? 0.35 : 0.05);
    if (rng.chance(weight)) return t;
  }
}

/**
 * Two years of cases for the demo desk: channels, priorities and topics in realistic proportions, first replies
 * and resolutions drawn so that most meet their SLA and some do not, follow-ups, internal notes, and ratings that
 * are better when the case was handled in time. Recent cases are still open, the rest resolved or closed.
 */
export function* demoCases(
  rng: Rng,
  customers: CaseCustomer[],
  teams: { front: DemoTeam; back: DemoTeam },
  opts: { count: number; start: Date; end: Date; calendar?: BusinessCalendar },
): Generator<DemoCase> {
  const calendar = opts.calendar ?? DEFAULT_CALENDAR;
  const start = opts.start.getTime();
  const end = opts.end.getTime();
  const instants = Array.from({ length: opts.count }, () => contactInstant(rng, start, end)).sort((a, b) => a - b);
  const seqByYear = new Map<string, number>();
  const topics = CASE_TOPICS.map((t) => t);
  for (const created of instants) {
    const customer = customers[Math.floor(rng.next() ** 1.3 * customers.length)];
    const topic = rng.weighted(topics, topics.map((t) => t.weight));
    const team = teams.back.categories.includes(topic.category) ? teams.back : teams.front;
    const agent = rng.pick(team.agents);
    const channel = customer.email ? rng.weighted(CHANNELS, CHANNEL_WEIGHTS) : 'phone';
    const priority = rng.weighted(PRIORITIES, PRIORITY_WEIGHTS);
    const subject = rng.pick(topic.subjects);
    const year = new Date(created).toISOString().slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const id = newId(Math.floor(created));
    const at = (t: number) => new Date(t).toISOString();
    const firstResponse = channel === 'phone' ? created : created + Math.exp(rng.normal(4.6, 1.1)) * MIN;
    const resolved = firstResponse + Math.exp(rng.normal(7.2, 1.6)) * MIN;
    const followUpAt = rng.chance(0.45) ? firstResponse + Math.exp(rng.normal(6, 1)) * MIN : null;
    const messages: MessageRow[] = [];
    const message = (direction: string, t: number, text: string, author: string, from: string | null): MessageRow => ({
      id: newId(Math.floor(t)),
      caseId: id,
      direction,
      channel: direction === 'note' ? channel : direction === 'outbound' && customer.email ? 'email' : channel,
      authorId: direction === 'inbound' ? null : agent.id,
      authorLabel: author,
      fromAddress: from,
      toAddresses: JSON.stringify(direction === 'outbound' && customer.email ? [customer.email] : []),
      ccAddresses: '[]',
      subject: direction === 'outbound' ? `Re: ${subject}` : subject,
      bodyText: text,
      bodyHtml: null,
      messageId: direction === 'note' ? null : `demo.${newId(Math.floor(t))}@huishoudservice.demo`,
      inReplyTo: null,
      references: '[]',
      delivery: direction === 'inbound' ? (channel === 'email' ? 'received' : 'none') : direction === 'outbound' && customer.email ? 'sent' : 'none',
      deliveryError: null,
      callSeconds: channel === 'phone' && direction === 'inbound' ? Math.round(Math.exp(rng.normal(5.5, 0.6))) : null,
      rawBlobId: null,
      createdAt: at(t),
    });
    messages.push(message('inbound', created, customerText((a) => rng.pick(a), subject, customer.name), customer.name, customer.email));
    const now = end;
    if (firstResponse < now && channel !== 'phone') messages.push(message('outbound', firstResponse, agentReply((a) => rng.pick(a), customer.name, agent.name), agent.name, 'service@huishoudservice.demo'));
    if (rng.chance(0.2) && firstResponse < now) messages.push(message('note', firstResponse + 5 * MIN, internalNote((a) => rng.pick(a)), agent.name, null));
    let awaiting: number | null = null;
    if (followUpAt && followUpAt < now) {
      messages.push(message('inbound', followUpAt, followUp((a) => rng.pick(a)), customer.name, customer.email));
      const answer = followUpAt + Math.exp(rng.normal(5, 1)) * MIN;
      if (answer < now) messages.push(message('outbound', answer, agentReply((a) => rng.pick(a), customer.name, agent.name), agent.name, 'service@huishoudservice.demo'));
      else awaiting = followUpAt;
    }
    const isResolved = resolved < now;
    const closed = isResolved && resolved + 7 * 1440 * MIN < now;
    const status = closed ? 'closed' : isResolved ? 'resolved' : firstResponse >= now ? 'new' : rng.weighted(['open', 'waiting_customer', 'waiting_internal'], [5, 3, 2]);
    const firstResponseAt = firstResponse < now ? at(firstResponse) : null;
    const states = computeSla(
      calendar,
      TARGETS[priority],
      { openedAt: new Date(created), firstResponseAt: firstResponseAt ? new Date(firstResponse) : null, awaitingReplySince: awaiting ? new Date(awaiting) : null, resolvedAt: isResolved ? new Date(resolved) : null, pauses: [] },
      new Date(now),
    );
    let worst = 'none';
    for (const s of states) if (WORST[s.state] > WORST[worst]) worst = s.state;
    const running = states.filter((s) => s.dueAt && !s.stoppedAt).map((s) => s.dueAt as string).sort();
    // ISO instants sort as text: the newest customer-visible message.
    const lastMessageAt = [at(created), ...messages.filter((m) => m.direction !== 'note').map((m) => m.createdAt)].sort().at(-1) as string;
    const row: CaseRow = {
      id,
      number: `Z-${year}-${String(seq).padStart(6, '0')}`,
      customerId: customer.id,
      contactId: customer.contactId,
      contactNeedsReview: false,
      installedProductId: null,
      channel,
      mailboxId: null,
      subject,
      status,
      isOpen: isResolved ? 0 : 1,
      priority,
      category: topic.category,
      teamId: team.id,
      assigneeId: status === 'new' && rng.chance(0.6) ? null : agent.id,
      tags: '[]',
      locale: customer.locale,
      slaPolicyId: POLICY_IDS[priority],
      sla: JSON.stringify(states),
      slaState: worst,
      slaDueAt: running[0] ?? null,
      slaCheckAt: isResolved ? null : (running[0] ?? null),
      pauses: '[]',
      firstResponseAt,
      awaitingReplySince: awaiting ? at(awaiting) : null,
      lastMessageAt,
      resolvedAt: isResolved ? at(resolved) : null,
      closedAt: closed ? at(resolved + 7 * 1440 * MIN) : null,
      reopenCount: 0,
      mergedIntoId: null,
      version: 1,
      createdAt: at(created),
      updatedAt: lastMessageAt,
    };
    let rating: DemoCase['rating'] = null;
    if (isResolved && customer.email && rng.chance(0.35)) {
      const late = worst === 'missed';
      const score = late ? rng.weighted([1, 2, 3, 4, 5], [18, 20, 25, 22, 15]) : rng.weighted([1, 2, 3, 4, 5], [3, 4, 10, 33, 50]);
      const comment = score <= 2 ? rng.pick(['Duurde veel te lang.', 'Moest drie keer bellen.', null]) : score === 5 ? rng.pick(['Top geholpen!', 'Snel en vriendelijk.', null]) : null;
      rating = { rating: score, ratedAt: at(resolved + rng.int(30, 3 * 1440) * MIN), comment };
    }
    yield { row, messages, rating };
  }
}
