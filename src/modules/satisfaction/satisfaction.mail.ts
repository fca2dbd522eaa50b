/** The survey emails, in Dutch and English. Each score is its own link, so one click answers. */
export function ratingMail(locale: string, c: { name: string; number: string; subject: string; url: string }) {
  const links = [1, 2, 3, 4, 5].map((n) => `${n}: ${c.url}?score=${n}`).join('\n');
  return locale === 'en'
    ? {
        subject: `How did we do? [${c.number}]`,
        text: `Dear ${c.name},\n\nWe have resolved your case "${c.subject}" (${c.number}). How satisfied are you with our help? Click a score from 1 (very dissatisfied) to 5 (very satisfied):\n\n${links}\n\nYou can change your answer for 7 days.\n`,
      }
    : {
        subject: `Hoe hebben we het gedaan? [${c.number}]`,
        text: `Beste ${c.name},\n\nUw zaak "${c.subject}" (${c.number}) is opgelost. Hoe tevreden bent u over onze hulp? Klik op een cijfer van 1 (zeer ontevreden) tot 5 (zeer tevreden):\n\n${links}\n\nU kunt uw antwoord 7 dagen lang wijzigen.\n`,
      };
}

export function npsMail(locale: string, c: { name: string; company: string; url: string }) {
  return locale === 'en'
    ? {
        subject: `Would you recommend ${c.company}?`,
        text: `Dear ${c.name},\n\nOn a scale from 0 to 10, how likely are you to recommend ${c.company} to friends or family?\n\n${c.url}\n\nIt takes ten seconds. Thank you!\n`,
      }
    : {
        subject: `Zou u ${c.company} aanbevelen?`,
        text: `Beste ${c.name},\n\nHoe waarschijnlijk is het dat u ${c.company} aanbeveelt bij vrienden of familie, op een schaal van 0 tot 10?\n\n${c.url}\n\nHet kost tien seconden. Hartelijk dank!\n`,
      };
}
