/** Dutch case subjects and texts for the demo department, by category. */
export const CASE_TOPICS = [
  { category: 'storing', weight: 30, subjects: ['Wasmachine lekt water', 'Vaatwasser pompt niet af', 'Koelkast koelt niet meer', 'Droger wordt niet warm', 'Oven geeft foutcode F08', 'Inductiekookplaat valt uit'] },
  { category: 'bezorging', weight: 18, subjects: ['Bezorgafspraak verzetten', 'Wanneer wordt mijn bestelling bezorgd?', 'Bezorger is niet geweest', 'Avondbezorging mogelijk?'] },
  { category: 'garantie', weight: 15, subjects: ['Valt dit onder de garantie?', 'Garantieclaim droger', 'Verlengde garantie afsluiten', 'Bon kwijt, toch garantie?'] },
  { category: 'reparatie', weight: 14, subjects: ['Monteur aan huis aanvragen', 'Status van mijn reparatie', 'Leenapparaat tijdens reparatie', 'Reparatie in de avond mogelijk?'] },
  { category: 'factuur', weight: 10, subjects: ['Vraag over mijn factuur', 'Dubbel betaald', 'Factuur op bedrijfsnaam'] },
  { category: 'retour', weight: 8, subjects: ['Apparaat retourneren', 'Verkeerd product ontvangen', 'Beschadigd geleverd'] },
  { category: 'advies', weight: 5, subjects: ['Welke vaatwasser past in mijn keuken?', 'Advies over ontkalken', 'Energiezuinige koelkast gezocht'] },
] as const;

const OPENINGS = ['Goedemiddag,', 'Beste klantenservice,', 'Hallo,', 'Goedemorgen,'];
const CLOSINGS = ['Met vriendelijke groet,', 'Groeten,', 'Alvast bedankt!', 'Hoor graag van jullie.'];
const DETAILS = [
  'Het apparaat is ongeveer twee jaar oud.',
  'Ik heb het al uit- en aangezet, maar dat helpt niet.',
  'Overdag ben ik niet thuis, na 18:00 wel.',
  'Het typenummer staat op de sticker in de deur.',
  'Kunnen jullie ook op zaterdag langskomen?',
  'Ik heb een foto gemaakt van de foutmelding.',
];
const REPLIES = [
  'Dank voor uw bericht. Kunt u ons het typenummer en het serienummer sturen? Dan plannen we direct een monteur in.',
  'Wat vervelend! We kunnen een monteur sturen; in de avond (18:00–22:00) kan dat ook, tegen een kleine toeslag.',
  'Uw apparaat valt nog onder de garantie. We halen het op en u krijgt zolang een leenapparaat.',
  'We hebben de bezorging verzet naar het door u gekozen tijdvak. U ontvangt een bevestiging per e-mail.',
  'De creditnota is aangemaakt; het bedrag staat binnen vijf werkdagen op uw rekening.',
];
const FOLLOW_UPS = ['Het typenummer is WM-8120, serienummer staat op de foto.', 'Avond is prima, graag dinsdag.', 'Top, dank u wel!', 'Het probleem is helaas nog niet opgelost.'];
const NOTES = ['Klant al twee keer gebeld over dit apparaat.', 'Onderdeel besteld bij leverancier, levertijd 3 dagen.', 'Overleg met werkplaats: waarschijnlijk de pomp.'];

/** The customer's first message. */
export function customerText(pick: <T>(a: readonly T[]) => T, subject: string, name: string): string {
  return `${pick(OPENINGS)}\n\n${subject}. ${pick(DETAILS)}\n\n${pick(CLOSINGS)}\n${name}`;
}
export const agentReply = (pick: <T>(a: readonly T[]) => T, name: string, agent: string) =>
  `Beste ${name.split(' ')[0]},\n\n${pick(REPLIES)}\n\nMet vriendelijke groet,\n${agent}\nHuishoudservice Nederland`;
export const followUp = (pick: <T>(a: readonly T[]) => T) => pick(FOLLOW_UPS);
export const internalNote = (pick: <T>(a: readonly T[]) => T) => pick(NOTES);
