import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import { PageQuery } from '../../kernel/pagination.js';
import { BankImportResult, BankParams, BankStatement, BankStatementLine, BankStatementLinePage, BankStatementPage, ListBankLinesQuery, ResolveBankLineBody } from './bank.schema.js';
import { readFileUpload } from './invoicing.http.js';
import type { Invoicing } from './invoicing.module.js';

/** Bank statement files are small; ten megabytes is months of a busy account. */
export const STATEMENT_MAX_BYTES = 10 * 1024 * 1024;

const config = { access: { roles: ['admin', 'manager'] as const, scope: 'invoices' } };
const tags = ['bank-statements'];

/** camt.053 import and the queue of bank lines that need a person. */
export function bankRoutes(app: App, inv: Invoicing): void {
  app.post('/api/v1/bank-statements', { config, bodyLimit: STATEMENT_MAX_BYTES + 64 * 1024, schema: { tags, response: { 201: BankImportResult } } }, async (req, reply) =>
    reply.status(201).send(await inv.bank.importStatement(actorOf(req), await readFileUpload(req, STATEMENT_MAX_BYTES))),
  );
  app.get('/api/v1/bank-statements', { config, schema: { tags, querystring: PageQuery, response: { 200: BankStatementPage } } }, async (req) => inv.bank.listStatements(req.query));
  app.get('/api/v1/bank-statements/:id', { config, schema: { tags, params: BankParams, response: { 200: BankStatement } } }, async (req) => inv.bank.getStatement(req.params.id));
  app.get('/api/v1/bank-statement-lines', { config, schema: { tags, querystring: ListBankLinesQuery, response: { 200: BankStatementLinePage } } }, async (req) =>
    inv.bank.listLines(req.query),
  );
  app.post(
    '/api/v1/bank-statement-lines/:id/resolve',
    { config, schema: { tags, params: BankParams, body: ResolveBankLineBody, response: { 200: BankStatementLine } } },
    async (req) => inv.bank.resolveLine(actorOf(req), req.params.id, req.body),
  );
}
