import { z } from 'zod';
import type { App } from '../../kernel/http/build-app.js';
import type { SatisfactionService } from './satisfaction.service.js';

const Token = z.strictObject({ token: z.string().min(20).max(200) });
const RatingForm = z.object({ number: z.string(), subject: z.string(), rating: z.number().int().nullable(), comment: z.string().nullable(), changeable: z.boolean() });
const RatingAnswer = z.object({ rating: z.number().int(), comment: z.string().nullable(), changeable: z.boolean() });
const NpsForm = z.object({ company: z.string(), score: z.number().int().nullable(), comment: z.string().nullable() });
const Group = z.array(z.object({ id: z.string(), count: z.number().int(), average: z.number().nullable(), satisfiedPercent: z.number().nullable() }));
const Summary = z.object({
  csat: z.object({ count: z.number().int(), average: z.number().nullable(), satisfiedPercent: z.number().nullable(), distribution: z.array(z.number().int()), byAgent: Group, byTeam: Group }),
  nps: z.object({ responses: z.number().int(), promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int(), score: z.number().nullable() }),
});
const Rating = z.object({ caseId: z.string(), rating: z.number().int().nullable(), comment: z.string().nullable(), ratedAt: z.string().nullable() });

/** Public survey answers by link (no sign-in, rate-limited) and the results for staff. */
export function satisfactionRoutes(app: App, s: SatisfactionService): void {
  const tags = ['satisfaction'];
  const limited = { access: 'public' as const, rateLimit: { max: 30, timeWindow: 60_000 } };
  app.get('/api/v1/public/ratings/:token', { config: limited, schema: { tags, params: Token, response: { 200: RatingForm } } }, async (req) => s.ratingForm(req.params.token));
  app.post(
    '/api/v1/public/ratings/:token',
    { config: limited, schema: { tags, params: Token, body: z.strictObject({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(2000).nullable().default(null) }), response: { 200: RatingAnswer } } },
    async (req) => s.rate(req.params.token, req.body.rating, req.body.comment || null),
  );
  app.get('/api/v1/public/nps/:token', { config: limited, schema: { tags, params: Token, response: { 200: NpsForm } } }, async (req) => s.npsForm(req.params.token));
  app.post(
    '/api/v1/public/nps/:token',
    { config: limited, schema: { tags, params: Token, body: z.strictObject({ score: z.number().int().min(0).max(10), comment: z.string().trim().max(2000).nullable().default(null) }), response: { 200: NpsForm } } },
    async (req) => s.answerNps(req.params.token, req.body.score, req.body.comment || null),
  );
  app.get(
    '/api/v1/satisfaction/summary',
    { config: { access: { roles: ['admin', 'manager', 'agent'], scope: 'satisfaction' } }, schema: { tags, querystring: z.strictObject({ from: z.iso.date(), to: z.iso.date() }), response: { 200: Summary } } },
    async (req) => s.summary(`${req.query.from}T00:00:00.000Z`, `${req.query.to}T23:59:59.999Z`),
  );
  app.get(
    '/api/v1/satisfaction/ratings',
    { config: { access: { roles: ['admin', 'manager', 'agent'], scope: 'satisfaction' } }, schema: { tags, querystring: z.strictObject({ customerId: z.uuid() }), response: { 200: z.object({ items: z.array(Rating) }) } } },
    async (req) => ({ items: (await s.ratingsOfCustomer(req.query.customerId)).map((r) => ({ caseId: r.caseId, rating: r.rating, comment: r.comment, ratedAt: r.ratedAt })) }),
  );
}
