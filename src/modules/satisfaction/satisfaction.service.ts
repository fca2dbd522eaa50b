import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { KernelTables } from '../../kernel/db/types.js';
import { AppError } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events/bus.js';
import { hashToken, newId, newToken } from '../../kernel/ids.js';
import { npsMail, ratingMail } from './satisfaction.mail.js';
import { satisfactionRepo } from './satisfaction.repo.js';
import type { SatisfactionTables } from './satisfaction.table.js';

type DB = SatisfactionTables & KernelTables;
const CHANGE_DAYS = 7;
const DAY = 86_400_000;

/** What this module needs to know about a resolved case (from the cases module). */
export interface RatedCase {
  id: string;
  number: string;
  subject: string;
  customerId: string;
  customerName: string;
  contactEmail: string | null;
  locale: string;
  assigneeId: string | null;
  teamId: string | null;
}

export interface SatisfactionDeps {
  db: Kysely<DB>;
  clock: Clock;
  bus: EventBus;
  baseUrl: string;
  companyName: () => Promise<string>;
  caseInfo: (caseId: string) => Promise<RatedCase | undefined>;
  settings: () => Promise<{ csatEnabled: boolean; npsIntervalDays: number }>;
  /** Customers with a case resolved since the instant, with a contact address (for NPS). */
  recentlyServed: (since: string, limit: number) => Promise<{ customerId: string; name: string; email: string; locale: string }[]>;
}

/**
 * Satisfaction built in: a 1–5 rating per resolved case by a single-use link (one answer per case, changeable for
 * seven days, no sign-in), and a periodic NPS survey (0–10) per customer, never more than once per interval.
 */
export function createSatisfactionService(deps: SatisfactionDeps) {
  const { db, clock, bus } = deps;
  const now = () => clock.now();

  return {
    /** Sends the rating request for a case that was resolved; once per case, whatever happens later. */
    async onResolved(caseId: string): Promise<void> {
      if (!(await deps.settings()).csatEnabled) return;
      const c = await deps.caseInfo(caseId);
      if (!c?.contactEmail) return;
      await db.transaction().execute(async (trx) => {
        if (await satisfactionRepo.ratingOfCase(trx, caseId)) return;
        const token = newToken();
        await satisfactionRepo.insertRating(trx, {
          caseId,
          tokenHash: hashToken(token),
          customerId: c.customerId,
          agentId: c.assigneeId,
          teamId: c.teamId,
          rating: null,
          comment: null,
          sentAt: now().toISOString(),
          ratedAt: null,
          changeableUntil: null,
        });
        const mail = ratingMail(c.locale, { name: c.customerName, number: c.number, subject: c.subject, url: `${deps.baseUrl}/beoordeling/${token}` });
        await bus.emit(trx, 'mail.send', { to: c.contactEmail as string, ...mail });
      });
    },

    async ratingForm(token: string) {
      const r = await satisfactionRepo.ratingByToken(db, hashToken(token));
      if (!r) throw new AppError('not_found', { detail: 'This rating link is not valid.' });
      const c = await deps.caseInfo(r.caseId);
      const changeable = !r.changeableUntil || r.changeableUntil >= now().toISOString();
      return { number: c?.number ?? '', subject: c?.subject ?? '', rating: r.rating, comment: r.comment, changeable };
    },

    async rate(token: string, rating: number, comment: string | null) {
      const at = now();
      const found = await satisfactionRepo.ratingByToken(db, hashToken(token));
      if (!found) throw new AppError('not_found', { detail: 'This rating link is not valid.' });
      const c = await deps.caseInfo(found.caseId);
      return db.transaction().execute(async (trx) => {
        const r = (await satisfactionRepo.ratingByToken(trx, hashToken(token))) ?? found;
        const patch = { rating, comment, ratedAt: at.toISOString(), changeableUntil: r.changeableUntil ?? new Date(at.getTime() + CHANGE_DAYS * DAY).toISOString() };
        if (!(await satisfactionRepo.answerRating(trx, r.caseId, patch, at.toISOString())))
          throw new AppError('conflict', { subcode: 'rating.closed', detail: 'This rating can no longer be changed.' });
        await bus.emit(trx, 'rating.received', { caseId: r.caseId, number: c?.number ?? '', at: at.toISOString(), rating });
        return { rating, comment, changeable: true };
      });
    },

    /** Bulk-loads answered demo ratings. */
    insertDemo: (trx: Parameters<typeof satisfactionRepo.insertMany>[0], rows: SatisfactionTables['caseRatings'][]) => satisfactionRepo.insertMany(trx, rows),

    ratingsOfCustomer: (customerId: string) => satisfactionRepo.ratingsOfCustomer(db, customerId),

    /** Sends NPS surveys to customers served recently who were not asked within the interval. */
    async npsTick(limit = 200): Promise<number> {
      const { npsIntervalDays } = await deps.settings();
      const since = new Date(now().getTime() - 30 * DAY).toISOString();
      const intervalStart = new Date(now().getTime() - npsIntervalDays * DAY).toISOString();
      const company = await deps.companyName();
      let sent = 0;
      for (const c of await deps.recentlyServed(since, limit)) {
        await db.transaction().execute(async (trx) => {
          const last = await satisfactionRepo.lastSurveyOf(trx, c.customerId);
          if (last && last.sentAt > intervalStart) return;
          const token = newToken();
          await satisfactionRepo.insertSurvey(trx, { id: newId(), customerId: c.customerId, tokenHash: hashToken(token), sentAt: now().toISOString(), score: null, comment: null, answeredAt: null });
          await bus.emit(trx, 'mail.send', { to: c.email, ...npsMail(c.locale, { name: c.name, company, url: `${deps.baseUrl}/aanbevelen/${token}` }) });
          sent++;
        });
      }
      return sent;
    },

    async npsForm(token: string) {
      const s = await satisfactionRepo.surveyByToken(db, hashToken(token));
      if (!s) throw new AppError('not_found', { detail: 'This survey link is not valid.' });
      return { company: await deps.companyName(), score: s.score, comment: s.comment };
    },

    async answerNps(token: string, score: number, comment: string | null) {
      const s = await satisfactionRepo.surveyByToken(db, hashToken(token));
      if (!s) throw new AppError('not_found', { detail: 'This survey link is not valid.' });
      if (s.answeredAt && now().getTime() - new Date(s.answeredAt).getTime() > CHANGE_DAYS * DAY)
        throw new AppError('conflict', { subcode: 'rating.closed', detail: 'This answer can no longer be changed.' });
      await satisfactionRepo.answerSurvey(db, s.id, score, comment, now().toISOString());
      return { company: await deps.companyName(), score, comment };
    },

    /** CSAT and NPS for a period, per agent and per team. */
    async summary(from: string, to: string) {
      const ratings = await satisfactionRepo.ratedBetween(db, from, to);
      const group = (key: 'agentId' | 'teamId') => {
        const m = new Map<string, number[]>();
        for (const r of ratings) if (r[key]) m.set(r[key] as string, [...(m.get(r[key] as string) ?? []), r.rating as number]);
        return [...m].map(([id, xs]) => ({ id, count: xs.length, average: avg(xs), satisfiedPercent: pct(xs.filter((x) => x >= 4).length, xs.length) }));
      };
      const scores = (await satisfactionRepo.answeredBetween(db, from, to)).map((s) => s.score as number);
      const promoters = scores.filter((s) => s >= 9).length;
      const detractors = scores.filter((s) => s <= 6).length;
      const all = ratings.map((r) => r.rating as number);
      return {
        csat: {
          count: all.length,
          average: avg(all),
          satisfiedPercent: pct(all.filter((x) => x >= 4).length, all.length),
          distribution: [1, 2, 3, 4, 5].map((n) => all.filter((x) => x === n).length),
          byAgent: group('agentId'),
          byTeam: group('teamId'),
        },
        nps: { responses: scores.length, promoters, passives: scores.length - promoters - detractors, detractors, score: scores.length ? Math.round(((promoters - detractors) / scores.length) * 100) : null },
      };
    },
  };
}

const avg = (xs: number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null);
const pct = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

export type SatisfactionService = ReturnType<typeof createSatisfactionService>;
