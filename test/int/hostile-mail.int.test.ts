import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileCorpus } from '../fixtures/hostile-mail/corpus.js';
import { xssPayloadCases } from '../fixtures/xss-payloads.js';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

/**
 * Every hostile message is either placed (a case, a message on one, a duplicate of one already stored, a bounce
 * on a sent message) or quarantined with its original bytes: nothing crashes the ingester and nothing is lost.
 */
describe.each(dialects())('hostile mail into cases (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    // The corpus comes from a handful of senders; the throttle has its own test.
    const s = await t.loyaal.services.cases.settings.settings();
    await t.loyaal.services.cases.settings.updateSettings({ principal: null, ip: null, requestId: null }, { version: s.version, senderLimitPerMinute: 1000 });
  });
  afterAll(() => t.close());

  it('places or quarantines each of the corpus messages', { timeout: 600_000 }, async () => {
    const corpus = hostileCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const outcomes = new Map<string, number>();
    const lost: string[] = [];
    const reasons: Record<string, number> = {};
    for (const m of corpus) {
      const outcome = await t.loyaal.services.cases.inbound.ingest(m.raw, { envelopeFrom: m.envelopeFrom, recipients: ['service@desk.test'] });
      outcomes.set(outcome.kind, (outcomes.get(outcome.kind) ?? 0) + 1);
      if (outcome.kind === 'quarantined') {
        reasons[outcome.reason.split(':')[0]] = (reasons[outcome.reason.split(':')[0]] ?? 0) + 1;
        if (outcome.reason.startsWith('ingest_failed')) lost.push(`${m.name}: ${outcome.reason}`);
        const original = await t.loyaal.services.cases.inbound.quarantineOriginal(outcome.id);
        if (!original.content.equals(m.raw)) lost.push(`${m.name}: quarantined bytes differ`);
      } else if (outcome.kind === 'created' || outcome.kind === 'appended' || outcome.kind === 'duplicate') {
        if (!outcome.caseId) lost.push(`${m.name}: no case`);
      }
    }
    if (process.env.SHOW_OUTCOMES) console.log(Object.fromEntries(outcomes), reasons);
    expect(lost).toEqual([]);
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(corpus.length);
    expect(outcomes.get('created') ?? 0).toBeGreaterThan(50);
    expect(outcomes.get('quarantined') ?? 0).toBeGreaterThan(20);
  });

  it('stores XSS in subject, body, display name and file name only in sanitised form', { timeout: 120_000 }, async () => {
    const agent = await asRole(t.loyaal, 'agent');
    const payloads = xssPayloadCases().slice(0, 60);
    for (const p of payloads) {
      const boundary = `b${p.id}`;
      const raw = [
        `From: "${p.payload.replace(/[\r\n"]/g, ' ')}" <xss${p.id}@attacker.test>`,
        'To: service@desk.test',
        `Subject: ${p.payload.replace(/[\r\n]/g, ' ')}`,
        `Message-ID: <xss.${p.id}@attacker.test>`,
        'MIME-Version: 1.0',
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/html; charset=utf-8',
        '',
        `<p>Hallo</p>${p.payload}`,
        `--${boundary}`,
        `Content-Type: text/plain; name="${p.payload.slice(0, 60).replace(/[\r\n"]/g, '_')}.txt"`,
        `Content-Disposition: attachment; filename="${p.payload.slice(0, 60).replace(/[\r\n"]/g, '_')}.txt"`,
        '',
        'x',
        `--${boundary}--`,
      ].join('\r\n');
      const outcome = await t.loyaal.services.cases.inbound.ingest(Buffer.from(raw), { envelopeFrom: `xss${p.id}@attacker.test` });
      if (outcome.kind !== 'created') continue;
      const timeline = (await t.loyaal.app.inject({ url: `/api/v1/cases/${outcome.caseId}/timeline`, headers: agent.headers })).json();
      const html = timeline.messages[0].bodyHtml ?? '';
      expect(html, `payload ${p.id}`).not.toMatch(/<script|\son\w+\s*=|javascript:|<iframe|<svg|<object|<embed/i);
      for (const a of timeline.messages[0].attachments) expect(a.filename).not.toMatch(/[/\\\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
    }
  });
});
