import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import {
  CreateLoanerBody,
  DeleteLoanerQuery,
  IssueBody,
  ListLoanersQuery,
  Loan,
  Loaner,
  LoanerDetail,
  LoanerPage,
  OverdueLoan,
  ReturnBody,
  UpdateLoanerBody,
} from './loaner.schema.js';
import type { Loaners } from './loaner.service.js';

const access = { roles: ['admin', 'manager', 'agent', 'planner'] as const, scope: 'loaners' };
const Id = z.strictObject({ id: z.uuid() });

/** The loaner pool and its loans. */
export function loanerRoutes(app: App, s: Loaners): void {
  const tags = ['loaners'];
  const config = { access };
  app.get('/api/v1/loaners', { config, schema: { tags, querystring: ListLoanersQuery, response: { 200: LoanerPage } } }, async (req) => s.list(req.query));
  app.get('/api/v1/loaners/overdue', { config, schema: { tags, response: { 200: z.object({ items: z.array(OverdueLoan) }) } } }, async () => ({
    items: await s.overdue(),
  }));
  app.post('/api/v1/loaners', { config, schema: { tags, body: CreateLoanerBody, response: { 201: Loaner } } }, async (req, reply) =>
    reply.status(201).send(await s.create(actorOf(req), req.body)),
  );
  app.get('/api/v1/loaners/:id', { config, schema: { tags, params: Id, response: { 200: LoanerDetail } } }, async (req) => s.get(req.params.id));
  app.patch('/api/v1/loaners/:id', { config, schema: { tags, params: Id, body: UpdateLoanerBody, response: { 200: Loaner } } }, async (req) =>
    s.update(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/loaners/:id', { config, schema: { tags, params: Id, querystring: DeleteLoanerQuery } }, async (req, reply) => {
    await s.remove(actorOf(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });
  app.post('/api/v1/loaners/:id/issue', { config, schema: { tags, params: Id, body: IssueBody, response: { 201: Loan } } }, async (req, reply) =>
    reply.status(201).send(await s.issue(actorOf(req), req.params.id, req.body)),
  );
  app.post('/api/v1/loaner-loans/:id/return', { config, schema: { tags, params: Id, body: ReturnBody, response: { 200: Loan } } }, async (req) =>
    s.returnLoan(actorOf(req), req.params.id, req.body),
  );
}
