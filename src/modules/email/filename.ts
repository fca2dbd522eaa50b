import { stripInvisible, truncateCodePoints } from './clean.js';

/** Longest attachment name kept, in characters, extension included. */
export const MAX_FILENAME_LENGTH = 120;
const FALLBACK_STEM = 'bijlage';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/zip': '.zip',
  'application/json': '.json',
  'application/xml': '.xml',
  'application/msword': '.doc',
  'application/vnd.ms-excel': '.xls',
  'application/vnd.ms-powerpoint': '.ppt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': '.pptx',
  'application/vnd.oasis.opendocument.text': '.odt',
  'application/vnd.oasis.opendocument.spreadsheet': '.ods',
  'application/ms-tnef': '.dat',
  'application/vnd.ms-tnef': '.dat',
  'application/pkcs7-signature': '.p7s',
  'application/pgp-signature': '.asc',
  'image/jpeg': '.jpg',
  'image/jpg': '.jpg',
  'image/pjpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/heic': '.heic',
  'image/tiff': '.tif',
  'image/bmp': '.bmp',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/csv': '.csv',
  'text/calendar': '.ics',
  'text/xml': '.xml',
  'text/rfc822-headers': '.txt',
  'message/rfc822': '.eml',
  'message/global': '.eml',
  'message/delivery-status': '.txt',
  'message/global-delivery-status': '.txt',
  'message/disposition-notification': '.txt',
  'audio/mpeg': '.mp3',
  'video/mp4': '.mp4',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what gets removed
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
/** Names Windows refuses or maps to devices, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
const EXTENSION = /\.[A-Za-z0-9]{1,16}$/;

/** The usual file extension for a content type, with the dot, or '' when there is none. */
export function extensionFor(contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return EXTENSIONS[type] ?? '';
}

/**
 * A file name that is safe to show and to store under: the last path segment only, no control, zero-width
 * or bidi characters (so `invoice\u202Egpj.exe` shows as what it is), no characters Windows forbids, no
 * leading dots, at most 120 characters with the extension kept. Falls back to `bijlage` plus an extension
 * from the content type, so it is never empty.
 */
export function safeFilename(name: string | undefined, contentType: string): string {
  const fallback = FALLBACK_STEM + extensionFor(contentType);
  if (typeof name !== 'string' || !name) return fallback;
  const cleaned = stripInvisible(truncateCodePoints(name, 4000).replace(CONTROL, '')).normalize('NFC');
  const segments = cleaned.split(/[/\\]+/).filter((seg) => seg.trim() !== '');
  let s = (segments.at(-1) ?? '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!s) return fallback;
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  return limitLength(s, MAX_FILENAME_LENGTH);
}

function limitLength(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const ext = EXTENSION.exec(s)?.[0] ?? '';
  const stem = chars.slice(0, max - ext.length).join('').replace(/[.\s]+$/, '');
  return (stem || FALLBACK_STEM) + ext;
}
