import { describe, expect, it } from 'vitest';
import { acknowledgement, replySubject, slaNotice, withSignature } from './case.templates.js';

describe('case mail templates', () => {
  it.each([
    ['Wasmachine lekt', 'Re: Wasmachine lekt [Z-2026-000001]'],
    ['Re: Wasmachine lekt', 'Re: Wasmachine lekt [Z-2026-000001]'],
    ['RE: Aw: Antw: Wasmachine lekt', 'Re: Wasmachine lekt [Z-2026-000001]'],
    ['Re: Wasmachine lekt [Z-2026-000001]', 'Re: Wasmachine lekt [Z-2026-000001]'],
    ['Fwd: vraag over Z-2026-000001', 'Re: vraag over Z-2026-000001'],
  ])('reply subject of %j', (subject, expected) => {
    expect(replySubject(subject, 'Z-2026-000001')).toBe(expected);
  });

  it('acknowledges in the customer language with the case number and the portal', () => {
    const nl = acknowledgement('nl', { number: 'Z-2026-000007', subject: 'Droger', customerName: 'Eva', portalUrl: 'https://x/portaal' });
    expect(nl.subject).toBe('Ontvangen: Droger [Z-2026-000007]');
    expect(nl.text).toContain('zaaknummer Z-2026-000007');
    expect(nl.text).toContain('https://x/portaal');
    expect(acknowledgement('en', { number: 'Z-2026-000007', subject: 'Dryer', customerName: 'Eva', portalUrl: 'p' }).subject).toBe('Received: Dryer [Z-2026-000007]');
  });

  it('escapes the signature in HTML and keeps it in text', () => {
    const out = withSignature('Hallo', '<p>Hallo</p>', 'Team <Witgoed>\n030-1234567');
    expect(out.text).toBe('Hallo\n\n-- \nTeam <Witgoed>\n030-1234567');
    expect(out.html).toBe('<p>Hallo</p><p>--<br>Team &lt;Witgoed&gt;<br>030-1234567</p>');
  });

  it('names the target and the deadline in Amsterdam time', () => {
    const m = slaNotice('nl', true, { number: 'Z-2026-000009', subject: 'Oven', target: 'resolution', dueAt: '2026-03-30T15:30:00Z', url: 'u', to: 'a@b.nl' });
    expect(m.subject).toBe('SLA verlopen: Z-2026-000009 Oven');
    expect(m.text).toContain('De oplossing van zaak Z-2026-000009 had er moeten zijn op 30 mrt 2026, 17:30');
  });
});
