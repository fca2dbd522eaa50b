import { z } from 'zod';
import { actorOf } from '../../kernel/context.js';
import type { App } from '../../kernel/http/build-app.js';
import { readUpload, sendFile } from './case.files.js';
import type { ReplyService } from './case.reply.js';
import {
  Attachment,
  BulkBody,
  BulkResult,
  Case,
  CaseList,
  CaseMessage,
  CaseParams,
  CreateCaseBody,
  LinkCaseBody,
  ListCasesQuery,
  MergeCaseBody,
  ReplyBody,
  SplitBody,
  Timeline,
  UpdateCaseBody,
  ViewCounts,
} from './case.schema.js';
import type { CaseService } from './case.service.js';

const DESK = ['admin', 'manager', 'agent'] as const;
const read = { roles: ['admin', 'manager', 'agent', 'planner', 'technician'] as const, scope: 'cases' };
const write = { roles: DESK, scope: 'cases' };
const FileParams = z.strictObject({ id: z.uuid(), fileId: z.uuid() });

export function caseRoutes(app: App, cases: CaseService, replies: ReplyService, maxAttachmentBytes: () => Promise<number>): void {
  const tags = ['cases'];
  app.get('/api/v1/cases', { config: { access: read }, schema: { tags, querystring: ListCasesQuery, response: { 200: CaseList } } }, async (req) =>
    cases.list(actorOf(req), req.query),
  );
  app.get('/api/v1/cases/counts', { config: { access: read }, schema: { tags, response: { 200: ViewCounts } } }, async (req) => cases.counts(actorOf(req)));
  app.post('/api/v1/cases', { config: { access: write }, schema: { tags, body: CreateCaseBody, response: { 201: Case } } }, async (req, reply) =>
    reply.status(201).send(await cases.create(actorOf(req), req.body)),
  );
  app.post('/api/v1/cases/bulk', { config: { access: write }, schema: { tags, body: BulkBody, response: { 200: BulkResult } } }, async (req) =>
    cases.bulk(actorOf(req), req.body.ids, req.body.set),
  );
  app.get('/api/v1/cases/:id', { config: { access: read }, schema: { tags, params: CaseParams, response: { 200: Case } } }, async (req) => cases.get(req.params.id));
  app.patch('/api/v1/cases/:id', { config: { access: write }, schema: { tags, params: CaseParams, body: UpdateCaseBody, response: { 200: Case } } }, async (req) =>
    cases.update(actorOf(req), req.params.id, req.body),
  );
  app.get('/api/v1/cases/:id/timeline', { config: { access: read }, schema: { tags, params: CaseParams, response: { 200: Timeline } } }, async (req) =>
    cases.timeline(req.params.id),
  );
  app.get(
    '/api/v1/cases/:id/messages',
    { config: { access: read }, schema: { tags, params: CaseParams, response: { 200: z.object({ items: z.array(CaseMessage) }) } } },
    async (req) => ({ items: (await cases.timeline(req.params.id)).messages }),
  );
  app.post(
    '/api/v1/cases/:id/messages',
    { config: { access: write }, schema: { tags, params: CaseParams, body: ReplyBody, response: { 201: CaseMessage } } },
    async (req, reply) => reply.status(201).send(await replies.reply(actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/cases/:id/attachments',
    { config: { access: write }, schema: { tags, params: CaseParams, consumes: ['multipart/form-data'], response: { 201: Attachment } } },
    async (req, reply) => {
      const max = await maxAttachmentBytes();
      return reply.status(201).send(await replies.upload(req.params.id, await readUpload(req, max), max));
    },
  );
  app.get('/api/v1/cases/:id/attachments/:fileId', { config: { access: read }, schema: { tags, params: FileParams } }, async (req, reply) => {
    return sendFile(reply, await replies.download(req.params.id, req.params.fileId));
  });
  app.get('/api/v1/cases/:id/messages/:fileId/original', { config: { access: read }, schema: { tags, params: FileParams } }, async (req, reply) => {
    return sendFile(reply, await replies.original(req.params.id, req.params.fileId), 'message/rfc822');
  });
  app.post('/api/v1/cases/:id/merge', { config: { access: write }, schema: { tags, params: CaseParams, body: MergeCaseBody, response: { 200: Case } } }, async (req) =>
    cases.merge(actorOf(req), req.params.id, req.body.sourceId, req.body.version),
  );
  app.post('/api/v1/cases/:id/links', { config: { access: write }, schema: { tags, params: CaseParams, body: LinkCaseBody, response: { 200: Case } } }, async (req) =>
    cases.link(actorOf(req), req.params.id, req.body.relatedId),
  );
  app.post('/api/v1/cases/:id/split', { config: { access: write }, schema: { tags, params: CaseParams, body: SplitBody, response: { 201: Case } } }, async (req, reply) =>
    reply.status(201).send(await cases.split(actorOf(req), req.params.id, req.body.messageId, req.body.subject)),
  );
}
