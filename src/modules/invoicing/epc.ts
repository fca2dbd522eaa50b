import QRCode from 'qrcode';

/** The EPC QR code ("girocode") may hold at most this many bytes (EPC069-12, version 002). */
export const EPC_MAX_BYTES = 331;

export interface EpcTransfer {
  /** Optional within the EEA since version 002. */
  bic?: string;
  name: string;
  iban: string;
  amountCents: number;
  /** Unstructured remittance information: the invoice number. */
  remittance: string;
}

/** Line breaks separate the fields, so they may not occur inside one; runs of white space become one space. */
const field = (s: string) => s.replace(/\s+/g, ' ').trim();

function truncateBytes(s: string, maxChars: number, maxBytes: number): string {
  let out = [...s].slice(0, maxChars).join('');
  while (Buffer.byteLength(out, 'utf8') > maxBytes) out = [...out].slice(0, -1).join('');
  return out;
}

/**
 * The text of an EPC QR code for a SEPA credit transfer (version 002, UTF-8). Throws when the amount is outside
 * 0.01–999,999,999.99 or the IBAN is missing. The name is cut to 70 characters and, if multi-byte characters
 * would push the payload over 331 bytes, further.
 */
export function epcPayload(t: EpcTransfer): string {
  if (!Number.isSafeInteger(t.amountCents) || t.amountCents < 1 || t.amountCents > 99_999_999_999)
    throw new RangeError(`EPC amount out of range: ${t.amountCents}`);
  const iban = t.iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) throw new RangeError('EPC needs a valid IBAN');
  const bic = field(t.bic ?? '').toUpperCase();
  const amount = `EUR${Math.floor(t.amountCents / 100)}.${String(t.amountCents % 100).padStart(2, '0')}`;
  const remittance = truncateBytes(field(t.remittance), 140, 140);
  const head = ['BCD', '002', '1', 'SCT', bic];
  const tail = [iban, amount, '', '', remittance];
  const fixed = Buffer.byteLength([...head, '', ...tail].join('\n'), 'utf8');
  const name = truncateBytes(field(t.name), 70, EPC_MAX_BYTES - fixed);
  if (!name) throw new RangeError('EPC needs the beneficiary name');
  return [...head, name, ...tail].join('\n');
}

/** The EPC QR code as a PNG data URL (error correction M, as the standard asks). */
export function epcQrDataUrl(payload: string): Promise<string> {
  return QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', type: 'image/png', margin: 4, scale: 4 });
}
