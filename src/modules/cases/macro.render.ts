import { escapeHtml } from '../../kernel/html.js';

/** The values a macro text can use, by placeholder name; Dutch names with English aliases. */
export interface MacroContext {
  customerName: string;
  contactName: string | null;
  caseNumber: string;
  caseSubject: string;
  agentName: string;
  companyName: string;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';

function values(c: MacroContext): Record<string, string> {
  const person = c.contactName || c.customerName;
  const v: Record<string, string> = {
    'klant.naam': person,
    'klant.voornaam': firstName(person),
    'klant.bedrijf': c.customerName,
    'zaak.nummer': c.caseNumber,
    'zaak.onderwerp': c.caseSubject,
    'medewerker.naam': c.agentName,
    'medewerker.voornaam': firstName(c.agentName),
    'bedrijf.naam': c.companyName,
  };
  const aliases: Record<string, string> = {
    'customer.name': 'klant.naam',
    'customer.firstName': 'klant.voornaam',
    'customer.company': 'klant.bedrijf',
    'case.number': 'zaak.nummer',
    'case.subject': 'zaak.onderwerp',
    'agent.name': 'medewerker.naam',
    'agent.firstName': 'medewerker.voornaam',
    'company.name': 'bedrijf.naam',
  };
  for (const [alias, target] of Object.entries(aliases)) v[alias] = v[target];
  return v;
}

/**
 * Fills `{{klant.voornaam}}`-style placeholders in a macro's HTML. Values are HTML-escaped, so a customer called
 * `<script>` stays text; unknown placeholders are left visible for the agent to notice.
 */
export function renderMacro(template: string, c: MacroContext): string {
  const v = values(c);
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) => (key in v ? escapeHtml(v[key]) : whole));
}

/** Placeholders a template uses that are not known, for validation when a macro is saved. */
export function unknownPlaceholders(template: string): string[] {
  const known = values({ customerName: '', contactName: null, caseNumber: '', caseSubject: '', agentName: '', companyName: '' });
  return [...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).filter((k) => !(k in known));
}
