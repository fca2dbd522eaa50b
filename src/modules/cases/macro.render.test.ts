import { describe, expect, it } from 'vitest';
import { renderMacro, unknownPlaceholders } from './macro.render.js';

const ctx = { customerName: 'Familie de Vries', contactName: 'Anneke de Vries', caseNumber: 'Z-2026-000042', caseSubject: 'Lekkage', agentName: 'Jan Bakker', companyName: 'Huishoudservice' };

describe('renderMacro', () => {
  it('fills Dutch placeholders and English aliases', () => {
    expect(renderMacro('Beste {{klant.voornaam}}, uw zaak {{ zaak.nummer }} ({{zaak.onderwerp}}). Groet, {{medewerker.voornaam}}', ctx)).toBe(
      'Beste Anneke, uw zaak Z-2026-000042 (Lekkage). Groet, Jan',
    );
    expect(renderMacro('Dear {{customer.firstName}} of {{customer.company}}, {{company.name}}', ctx)).toBe('Dear Anneke of Familie de Vries, Huishoudservice');
  });
  it('falls back to the customer name without a contact', () => {
    expect(renderMacro('{{klant.naam}}', { ...ctx, contactName: null })).toBe('Familie de Vries');
  });
  it('escapes values so a hostile name stays text', () => {
    expect(renderMacro('<p>{{klant.naam}}</p>', { ...ctx, contactName: '<img src=x onerror=alert(1)>' })).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });
  it('leaves unknown placeholders visible and reports them', () => {
    expect(renderMacro('{{klant.schoenmaat}}', ctx)).toBe('{{klant.schoenmaat}}');
    expect(unknownPlaceholders('{{klant.naam}} {{klant.schoenmaat}} {{x}}')).toEqual(['klant.schoenmaat', 'x']);
  });
});
