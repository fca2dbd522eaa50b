export { safeFilename } from './filename.js';
export { createImapPoller, type ImapAccount, type ImapPoller } from './imap-poller.js';
export { type InboundMail, type ParseResult, parseInbound } from './parse.js';
export { htmlToText, sanitizeHtml } from './sanitize.js';
export { type InboundDelivery, type SmtpListener, startSmtpListener } from './smtp-listener.js';
export { caseNumberFromSubject, normaliseMessageId } from './threading.js';
