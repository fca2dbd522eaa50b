import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type CorpusExpectation, type CorpusMessage, hostileCorpus } from '../../../test/fixtures/hostile-mail/corpus.js';
import { htmlSafetyProblems } from '../../../test/fixtures/hostile-mail/html-safety.js';
import { type InboundMail, parseInbound } from './parse.js';

const corpus = hostileCorpus();
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not survive
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

describe('parseInbound on the hostile-mail corpus', () => {
  it('covers at least 220 messages and is the same on every build', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(220);
    const digest = (ms: CorpusMessage[]) => ms.map((m) => `${m.name}:${createHash('sha256').update(m.raw).digest('hex')}`);
    expect(digest(hostileCorpus())).toEqual(digest(corpus));
  });

  it.each(corpus)('$name', async (m: CorpusMessage) => {
    const result = await parseInbound(m.raw, m.envelopeFrom === undefined ? {} : { envelopeFrom: m.envelopeFrom });
    const e = m.expect ?? {};
    if (e.ok !== undefined) expect(result.ok, result.ok ? 'parsed' : result.reason).toBe(e.ok);
    if (!result.ok) {
      expect(result.reason).toMatch(/^[a-z_]+$/);
      if (e.reason) expect(result.reason).toBe(e.reason);
      return;
    }
    expect(mailProblems(result.mail, m.raw)).toEqual([]);
    checkExpectation(result.mail, result.droppedAttachments.length, e);
  }, 20_000);

  it('gives the same generated Message-ID to the same bytes, and different ones to different bytes', async () => {
    const raw = corpus.find((m) => m.name === 'missing Message-ID')!.raw;
    const a = await parseInbound(raw);
    const b = await parseInbound(Buffer.from(raw));
    const c = await parseInbound(Buffer.concat([raw, Buffer.from('\r\n')]));
    if (!a.ok || !b.ok || !c.ok) throw new Error('expected all three to parse');
    expect(a.mail.messageId).toMatch(/^generated\.[0-9a-f]{32}@loyaal\.invalid$/);
    expect(b.mail.messageId).toBe(a.mail.messageId);
    expect(c.mail.messageId).not.toBe(a.mail.messageId);
  });
});

/** Every invariant a parsed mail must hold, whatever went in. */
function mailProblems(mail: InboundMail, raw: Buffer): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  if (mail.html !== null) problems.push(...htmlSafetyProblems(mail.html).map((p) => `html: ${p}`));
  check(mail.subject.length <= 500, 'subject longer than 500');
  check(!CONTROL.test(mail.subject) && !/[\r\n\t]/.test(mail.subject), 'subject has control characters');
  check(!INVISIBLE.test(mail.subject), 'subject has invisible characters');
  check(Buffer.byteLength(mail.text) <= 1_048_576, 'text over 1 MB');
  check(!mail.text.includes('\u0000'), 'text has NUL');
  check(mail.messageId.length > 0 && !/[\s<>]/.test(mail.messageId), `bad messageId ${mail.messageId}`);
  for (const id of [...mail.inReplyTo, ...mail.references]) check(id.length > 0 && !/[\s<>]/.test(id), `bad thread id ${id}`);
  check(mail.references.length <= 100, 'too many references');
  for (const a of [mail.from, mail.replyTo, ...mail.to, ...mail.cc]) {
    if (!a) continue;
    check(a.address === a.address.toLowerCase() && !/\s/.test(a.address) && a.address.includes('@'), `bad address ${a.address}`);
    check(!CONTROL.test(a.name) && !INVISIBLE.test(a.name) && !/[\r\n]/.test(a.name), `bad display name ${JSON.stringify(a.name)}`);
  }
  for (const att of mail.attachments) {
    const f = att.filename;
    check(f.length > 0 && Array.from(f).length <= 120, `filename length ${f.length}`);
    check(!/[/\\]/.test(f) && !f.startsWith('.'), `filename with path ${f}`);
    check(!CONTROL.test(f) && !/[\r\n\t]/.test(f) && !INVISIBLE.test(f), `filename with hidden characters ${JSON.stringify(f)}`);
    check(att.size === att.content.length && att.size <= 10 * 1_048_576, 'attachment size');
    check(/^[a-z0-9][\w!#$&^.+-]*\/[a-z0-9][\w!#$&^.+-]*$/.test(att.contentType), `content type ${att.contentType}`);
  }
  check(mail.attachments.length <= 50, 'more than 50 attachments');
  check(mail.date === null || !Number.isNaN(mail.date.getTime()), 'invalid date');
  check(mail.bounce === null || mail.autoReply !== null, 'bounce without autoReply');
  check(mail.rawSize === raw.length, 'rawSize');
  return problems;
}

function checkExpectation(mail: InboundMail, dropped: number, e: CorpusExpectation): void {
  if (e.autoReply !== undefined) expect(mail.autoReply !== null, `autoReply: ${mail.autoReply}`).toBe(e.autoReply);
  if (e.bounce !== undefined) expect(mail.bounce !== null).toBe(e.bounce);
  if (e.originalMessageId !== undefined) expect(mail.bounce?.originalMessageId).toBe(e.originalMessageId);
  if (e.bounceRecipients !== undefined) expect(mail.bounce?.recipients).toEqual(e.bounceRecipients);
  if (e.bounceStatus !== undefined) expect(mail.bounce?.status).toBe(e.bounceStatus);
  if (e.messageId !== undefined) expect(mail.messageId).toBe(e.messageId);
  if (e.generatedMessageId) expect(mail.messageId).toMatch(/^generated\.[0-9a-f]{32}@loyaal\.invalid$/);
  if (e.fromAddress !== undefined) expect(mail.from?.address ?? null).toBe(e.fromAddress);
  if (e.subject !== undefined) expect(mail.subject).toBe(e.subject);
  if (e.subjectIncludes !== undefined) expect(mail.subject).toContain(e.subjectIncludes);
  if (e.textIncludes !== undefined) expect(mail.text).toContain(e.textIncludes);
  if (e.htmlIncludes !== undefined) expect(mail.html ?? '').toContain(e.htmlIncludes);
  if (e.htmlNull) expect(mail.html).toBeNull();
  if (e.attachments !== undefined) expect(mail.attachments).toHaveLength(e.attachments);
  if (e.dropped !== undefined) expect(dropped).toBe(e.dropped);
  if (e.filenames !== undefined) expect(mail.attachments.map((a) => a.filename)).toEqual(e.filenames);
  if (e.references !== undefined) expect(mail.references).toHaveLength(e.references);
  if (e.dateNull) expect(mail.date).toBeNull();
}
