import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestApp, type TestApp } from '../db-context.js';
import { asRole } from '../http.js';

const customer = (email: string, over: Record<string, unknown> = {}) => ({
  kind: 'person',
  name: 'Anneke van der Meer',
  contacts: [{ name: 'Anneke van der Meer', email, phone: '+31612345678', isPrimary: true }],
  ...over,
});

describe.each(dialects())('cases (%s)', (dialect) => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof asRole>>;
  let tech: Awaited<ReturnType<typeof asRole>>;
  let customerId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set(new Date('2026-11-30T09:00:00+01:00'));
    agent = await asRole(t.loyaal, 'agent');
    tech = await asRole(t.loyaal, 'technician');
    customerId = (await call('POST', '/api/v1/customers', agent.headers, customer('anneke@ziggo.nl'))).json().id;
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.loyaal.app.inject({ method, url, headers, payload: payload as object });
  const dispatch = async () => {
    while ((await t.loyaal.bus.dispatch()) > 0) {}
  };
  const phoneCase = (over: Record<string, unknown> = {}) =>
    call('POST', '/api/v1/cases', agent.headers, { customerId, channel: 'phone', subject: 'Wasmachine lekt', body: 'Belt over lekkage', callSeconds: 245, ...over });

  it('logs a phone call as a numbered case with an SLA and shows it in the views', async () => {
    const res = await phoneCase({ priority: 'high' });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c.number).toMatch(/^Z-2026-\d{6}$/);
    expect(c).toMatchObject({ status: 'new', channel: 'phone', priority: 'high', customerName: 'Anneke van der Meer', contactEmail: 'anneke@ziggo.nl' });
    expect(c.assigneeId).toBe(agent.user.id);
    expect(c.sla.map((s: { target: string }) => s.target)).toContain('resolution');
    // Policy "Hoog": resolution 960 business minutes = 2 office days (8 h) from Monday 09:00 → Wednesday 09:00.
    expect(c.sla.find((s: { target: string }) => s.target === 'resolution').dueAt).toBe('2026-12-02T08:00:00.000Z');
    const timeline = (await call('GET', `/api/v1/cases/${c.id}/timeline`, agent.headers)).json();
    expect(timeline.messages[0]).toMatchObject({ direction: 'inbound', channel: 'phone', callSeconds: 245 });
    const mine = (await call('GET', '/api/v1/cases?view=mine', agent.headers)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const counts = (await call('GET', '/api/v1/cases/counts', agent.headers)).json();
    expect(counts.mine).toBeGreaterThanOrEqual(1);
    const byNumber = (await call('GET', `/api/v1/cases?view=all&q=${c.number.toLowerCase()}`, agent.headers)).json();
    expect(byNumber.items).toHaveLength(1);
  });

  it('pages through a view by cursor without skipping or repeating a case', async () => {
    for (let i = 0; i < 5; i++) {
      await phoneCase({ subject: `Paging ${i}` });
      t.clock.advance(i % 2 ? 0 : 1000);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await call('GET', `/api/v1/cases?view=all&pageSize=2${cursor ? `&cursor=${cursor}` : ''}`, agent.headers)).json();
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (await call('GET', '/api/v1/cases?view=all&pageSize=200', agent.headers)).json().items.map((i: { id: string }) => i.id);
    expect(seen).toEqual(all);
    expect((await call('GET', '/api/v1/cases?view=all&cursor=bm9wZQ', agent.headers)).statusCode).toBe(400);
  });

  it('replies by email with threading headers, keeps internal notes internal, and pauses in waiting_customer', async () => {
    const c = (await phoneCase()).json();
    const sent = t.mailer.sent.length;
    const reply = await call('POST', `/api/v1/cases/${c.id}/messages`, agent.headers, {
      kind: 'reply',
      bodyHtml: '<p>Wij komen <b>morgen</b> langs.</p><script>alert(1)</script>',
      status: 'waiting_customer',
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().bodyHtml).not.toContain('script');
    const note = await call('POST', `/api/v1/cases/${c.id}/messages`, agent.headers, { kind: 'note', bodyHtml: 'Klant is lastig' });
    expect(note.json().direction).toBe('note');
    await dispatch();
    const out = t.mailer.sent.slice(sent);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ to: 'anneke@ziggo.nl' });
    expect(out[0].subject).toBe(`Re: Wasmachine lekt [${c.number}]`);
    expect(out[0].messageId).toMatch(/@/);
    expect(out[0].text).not.toContain('lastig');
    const after = (await call('GET', `/api/v1/cases/${c.id}`, agent.headers)).json();
    expect(after.status).toBe('waiting_customer');
    expect(after.firstResponseAt).not.toBeNull();
    expect(after.sla.find((s: { target: string }) => s.target === 'firstResponse').state).toBe('met');
    expect(after.slaState).toBe('paused');
    const msgs = (await call('GET', `/api/v1/cases/${c.id}/timeline`, agent.headers)).json().messages;
    expect(msgs.find((m: { direction: string }) => m.direction === 'outbound').delivery).toBe('sent');
  });

  it('answers stale edits with 409, bad input with problem+json, and refuses technicians', async () => {
    const c = (await phoneCase()).json();
    expect((await call('PATCH', `/api/v1/cases/${c.id}`, agent.headers, { version: c.version, priority: 'urgent' })).statusCode).toBe(200);
    const stale = await call('PATCH', `/api/v1/cases/${c.id}`, agent.headers, { version: c.version, priority: 'low' });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    const bad = await call('POST', '/api/v1/cases', agent.headers, { customerId: 'nope', subject: '', body: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.customerId', 'body.subject']);
    expect((await call('POST', `/api/v1/cases/${c.id}/messages`, agent.headers, { kind: 'reply', bodyHtml: '<p> </p>' })).statusCode).toBe(400);
    expect((await call('PATCH', `/api/v1/cases/${c.id}`, tech.headers, { version: 2, priority: 'low' })).statusCode).toBe(403);
    expect((await call('GET', `/api/v1/cases/${c.id}`, tech.headers)).statusCode).toBe(200);
    const events = (await call('GET', `/api/v1/cases/${c.id}/timeline`, agent.headers)).json().events;
    expect(events.find((e: { kind: string }) => e.kind === 'field').data).toMatchObject({ field: 'priority', from: 'normal', to: 'urgent' });
  });

  it('merges, links, splits and bulk-updates', async () => {
    const a = (await phoneCase({ subject: 'A' })).json();
    const b = (await phoneCase({ subject: 'B' })).json();
    const merged = await call('POST', `/api/v1/cases/${a.id}/merge`, agent.headers, { sourceId: b.id, version: a.version });
    expect(merged.statusCode).toBe(200);
    const msgs = (await call('GET', `/api/v1/cases/${a.id}/timeline`, agent.headers)).json().messages;
    expect(msgs).toHaveLength(2);
    const gone = (await call('GET', `/api/v1/cases/${b.id}`, agent.headers)).json();
    expect(gone).toMatchObject({ mergedIntoId: a.id, status: 'closed' });
    const split = await call('POST', `/api/v1/cases/${a.id}/split`, agent.headers, { messageId: msgs[1].id, subject: 'Apart' });
    expect(split.statusCode).toBe(201);
    expect(split.json().links.map((l: { id: string }) => l.id)).toContain(a.id);
    expect((await call('GET', `/api/v1/cases/${a.id}/timeline`, agent.headers)).json().messages).toHaveLength(1);
    const c = (await phoneCase({ subject: 'C' })).json();
    const linked = await call('POST', `/api/v1/cases/${a.id}/links`, agent.headers, { relatedId: c.id });
    expect(linked.json().links.map((l: { number: string }) => l.number)).toContain(c.number);
    const bulk = await call('POST', '/api/v1/cases/bulk', agent.headers, { ids: [a.id, c.id, '00000000-0000-7000-8000-0000000000ff'], set: { status: 'resolved', addTags: ['actie'] } });
    expect(bulk.json()).toMatchObject({ updated: 2, failed: [{ code: 'not_found' }] });
    expect((await call('GET', `/api/v1/cases/${c.id}`, agent.headers)).json()).toMatchObject({ status: 'resolved', tags: ['actie'] });
  });

  it('uploads an attachment for a reply and serves it as a download', async () => {
    const c = (await phoneCase()).json();
    const boundary = '----loyaal';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="foto <script>.png"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n--${boundary}--\r\n`;
    const up = await t.loyaal.app.inject({ method: 'POST', url: `/api/v1/cases/${c.id}/attachments`, headers: { ...agent.headers, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    expect(up.statusCode).toBe(201);
    const att = up.json();
    const reply = await call('POST', `/api/v1/cases/${c.id}/messages`, agent.headers, { kind: 'reply', bodyHtml: 'Zie bijlage', attachmentIds: [att.id] });
    expect(reply.json().attachments).toHaveLength(1);
    const dl = await call('GET', `/api/v1/cases/${c.id}/attachments/${att.id}`, agent.headers);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment;/);
    expect(dl.headers['content-type']).toBe('application/octet-stream');
    expect(dl.body).toBe('PNGDATA');
    const again = await call('POST', `/api/v1/cases/${c.id}/messages`, agent.headers, { kind: 'reply', bodyHtml: 'Nog eens', attachmentIds: [att.id] });
    expect(again.statusCode).toBe(400);
  });

  it('renders a macro with the case placeholders and refuses unknown placeholders', async () => {
    const manager = await asRole(t.loyaal, 'manager');
    const bad = await call('POST', '/api/v1/macros', manager.headers, { name: 'Fout', bodyNl: '{{klant.schoenmaat}}' });
    expect(bad.statusCode).toBe(400);
    const macro = await call('POST', '/api/v1/macros', manager.headers, {
      name: 'Monteur ingepland',
      set: { status: 'waiting_customer', addTags: ['monteur'] },
      bodyNl: '<p>Beste {{klant.voornaam}}, voor zaak {{zaak.nummer}} komt een monteur.</p><script>x</script>',
    });
    expect(macro.statusCode).toBe(201);
    expect((await call('POST', '/api/v1/macros', agent.headers, { name: 'x' })).statusCode).toBe(403);
    const c = (await phoneCase()).json();
    const r = (await call('POST', `/api/v1/cases/${c.id}/macros/${macro.json().id}/render`, agent.headers)).json();
    expect(r.bodyHtml).toBe(`<p>Beste Anneke, voor zaak ${c.number} komt een monteur.</p>`);
    expect(r.set).toEqual({ status: 'waiting_customer', addTags: ['monteur'] });
  });

  it('recomputes SLA as time passes and emits a breach', async () => {
    const c = (await phoneCase({ priority: 'urgent' })).json();
    // Urgent: resolution 480 business minutes; one full office day later it is breached.
    t.clock.set(new Date('2026-12-01T17:00:00+01:00'));
    await t.loyaal.services.cases.slaTick();
    const after = (await call('GET', `/api/v1/cases/${c.id}`, agent.headers)).json();
    expect(after.slaState).toBe('breached');
    expect(after.version).toBe(c.version);
    const breached = (await call('GET', '/api/v1/cases?view=breached', agent.headers)).json();
    expect(breached.items.map((i: { id: string }) => i.id)).toContain(c.id);
    const events = (await call('GET', `/api/v1/cases/${c.id}/timeline`, agent.headers)).json().events;
    expect(events.map((e: { kind: string }) => e.kind)).toContain('sla_breached');
    const sent = t.mailer.sent.length;
    while ((await t.loyaal.bus.dispatch()) > 0) {}
    const notice = t.mailer.sent.slice(sent).find((m) => m.to === agent.user.email && m.subject.includes(c.number));
    expect(notice?.subject).toBe(`SLA verlopen: ${c.number} Wasmachine lekt`);
    t.clock.set(new Date('2026-11-30T09:00:00+01:00'));
  });
});
