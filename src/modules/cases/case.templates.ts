import { escapeHtml } from '../../kernel/html.js';

/** Texts of the mails the desk sends by itself, in Dutch and English. */
type Locale = 'nl' | 'en';
const pick = (locale: string): Locale => (locale === 'en' ? 'en' : 'nl');

/** `Re: <subject> [Z-2026-000123]`, without stacking prefixes or repeating the number. */
export function replySubject(subject: string, number: string): string {
  const bare = subject.replace(/^((re|aw|antw|fw|fwd|wg)\s*:\s*)+/i, '').trim();
  return `Re: ${bare.includes(number) ? bare : `${bare} [${number}]`}`;
}

export function acknowledgement(locale: string, c: { number: string; subject: string; customerName: string; portalUrl: string }) {
  const l = pick(locale);
  const subject = l === 'nl' ? `Ontvangen: ${c.subject} [${c.number}]` : `Received: ${c.subject} [${c.number}]`;
  const text =
    l === 'nl'
      ? `Beste ${c.customerName},\n\nBedankt voor uw bericht. We hebben uw vraag ontvangen onder zaaknummer ${c.number} en komen zo snel mogelijk bij u terug.\n\nU kunt de voortgang volgen in ons klantportaal: ${c.portalUrl}\nReageert u per e-mail? Laat het zaaknummer dan in het onderwerp staan.\n`
      : `Dear ${c.customerName},\n\nThank you for your message. We have received your question under case number ${c.number} and will get back to you as soon as possible.\n\nYou can follow its progress in our customer portal: ${c.portalUrl}\nReplying by email? Please keep the case number in the subject.\n`;
  return { subject, text };
}

export function withSignature(text: string, html: string, signature: string): { text: string; html: string } {
  if (!signature.trim()) return { text, html };
  return { text: `${text}\n\n-- \n${signature}`, html: `${html}<p>--<br>${escapeHtml(signature).replace(/\n/g, '<br>')}</p>` };
}

/** Plain text as simple HTML paragraphs (escaped). */
export function textToHtml(text: string): string {
  return escapeHtml(text)
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const TARGETS = { firstResponse: ['eerste reactie', 'first response'], nextResponse: ['volgende reactie', 'next response'], resolution: ['oplossing', 'resolution'] };

/** The mail to the assignee when an SLA target is about to be missed or was missed. */
export function slaNotice(locale: string, breached: boolean, c: { number: string; subject: string; target: keyof typeof TARGETS; dueAt: string; url: string; to: string }) {
  const en = pick(locale) === 'en';
  const due = new Date(c.dueAt).toLocaleString(en ? 'en-GB' : 'nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'medium', timeStyle: 'short' });
  const target = TARGETS[c.target][en ? 1 : 0];
  const subject = en
    ? `${breached ? 'SLA missed' : 'SLA due soon'}: ${c.number} ${c.subject}`
    : `${breached ? 'SLA verlopen' : 'SLA verloopt bijna'}: ${c.number} ${c.subject}`;
  const text = en
    ? `The ${target} target of case ${c.number} ${breached ? 'was due' : 'is due'} at ${due}.\n\n${c.url}\n`
    : `De ${target} van zaak ${c.number} ${breached ? 'had er moeten zijn op' : 'moet er zijn op'} ${due}.\n\n${c.url}\n`;
  return { to: c.to, subject, text };
}
