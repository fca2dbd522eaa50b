import type { OutgoingMail } from '../../kernel/mailer.js';

type Kind = 'reset' | 'invite';

const TEXT: Record<'nl' | 'en', Record<Kind, { subject: string; body: (name: string, url: string) => string }>> = {
  nl: {
    reset: {
      subject: 'Wachtwoord opnieuw instellen voor Loyaal',
      body: (name, url) =>
        `Beste ${name},\n\nVia deze link stel je een nieuw wachtwoord in. De link werkt één keer en is een uur geldig:\n\n${url}\n\nHeb je dit niet aangevraagd? Dan kun je deze e-mail negeren.\n`,
    },
    invite: {
      subject: 'Je account voor Loyaal',
      body: (name, url) =>
        `Beste ${name},\n\nEr is een Loyaal-account voor je aangemaakt. Kies via deze link je wachtwoord (drie dagen geldig, één keer te gebruiken):\n\n${url}\n`,
    },
  },
  en: {
    reset: {
      subject: 'Reset your Loyaal password',
      body: (name, url) =>
        `Dear ${name},\n\nUse this link to choose a new password. It works once and expires in one hour:\n\n${url}\n\nIf you did not ask for this, you can ignore this email.\n`,
    },
    invite: {
      subject: 'Your Loyaal account',
      body: (name, url) =>
        `Dear ${name},\n\nA Loyaal account has been created for you. Choose your password with this link (valid for three days, usable once):\n\n${url}\n`,
    },
  },
};

/** The password link mail, in the user's language. The link opens the web app's reset page. */
export function passwordMail(kind: Kind, user: { email: string; name: string; locale?: string }, baseUrl: string, token: string): OutgoingMail {
  const t = TEXT[user.locale === 'en' ? 'en' : 'nl'][kind];
  const url = `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
  return { to: user.email, subject: t.subject, text: t.body(user.name, url) };
}
