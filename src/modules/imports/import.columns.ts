import { foldForSearch } from '../../kernel/dutch-parse.js';
import { AppError } from '../../kernel/errors.js';

export const IMPORT_KINDS = ['customers', 'installed-products', 'sales'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

interface Column {
  field: string;
  required?: boolean;
  /** Header names people use, Dutch and English; compared folded, without spaces, dashes, dots or underscores. */
  names: string[];
}

const EXTERNAL_ID: Column = { field: 'externalId', required: true, names: ['external id', 'externe id', 'id', 'extern id', 'referentie'] };
const CUSTOMER_REF: Column = {
  field: 'customerExternalId',
  required: true,
  names: ['customer external id', 'customer id', 'klant id', 'klantnummer', 'klantnr', 'debiteurnummer', 'debiteur'],
};

export const COLUMNS: Record<ImportKind, Column[]> = {
  customers: [
    { ...EXTERNAL_ID, names: [...EXTERNAL_ID.names, 'klantnummer', 'klantnr', 'customer number', 'customer id', 'debiteurnummer'] },
    { field: 'name', required: true, names: ['naam', 'name', 'klantnaam', 'bedrijfsnaam', 'company', 'company name', 'full name', 'volledige naam'] },
    { field: 'kind', names: ['soort', 'type', 'kind', 'klantsoort', 'customer type'] },
    { field: 'contactName', names: ['contactpersoon', 'contact', 'contact name', 'contact person'] },
    { field: 'email', names: ['email', 'e-mail', 'emailadres', 'e-mailadres', 'email address', 'mail'] },
    { field: 'phone', names: ['telefoon', 'telefoonnummer', 'phone', 'phone number', 'mobiel', 'mobile', 'tel'] },
    { field: 'street', names: ['straat', 'street', 'straatnaam', 'adres', 'address'] },
    { field: 'houseNumber', names: ['huisnummer', 'house number', 'nummer', 'nr', 'number'] },
    { field: 'addition', names: ['toevoeging', 'huisnummertoevoeging', 'addition', 'suffix'] },
    { field: 'postcode', names: ['postcode', 'zip', 'zipcode', 'postal code', 'post code'] },
    { field: 'city', names: ['plaats', 'woonplaats', 'stad', 'city', 'town', 'place'] },
    { field: 'country', names: ['land', 'country', 'landcode', 'country code'] },
    { field: 'kvkNumber', names: ['kvk', 'kvk nummer', 'kvknummer', 'coc', 'chamber of commerce'] },
    { field: 'vatId', names: ['btw', 'btw nummer', 'btw id', 'btwnummer', 'vat', 'vat id', 'vat number'] },
    { field: 'segment', names: ['segment', 'klantsegment', 'customer segment'] },
    { field: 'tags', names: ['tags', 'labels', 'kenmerken'] },
    { field: 'acquisitionDate', names: ['klant sinds', 'klantsinds', 'acquisition date', 'customer since', 'aanmelddatum', 'startdatum'] },
    { field: 'acquisitionChannel', names: ['kanaal', 'herkomst', 'acquisitiekanaal', 'acquisition channel', 'source'] },
    { field: 'acquisitionCost', names: ['acquisitiekosten', 'acquisition cost', 'wervingskosten'] },
    { field: 'locale', names: ['taal', 'language', 'locale'] },
    { field: 'consentMarketing', names: ['nieuwsbrief', 'marketing', 'marketingmail', 'newsletter', 'consent marketing'] },
  ],
  'installed-products': [
    EXTERNAL_ID,
    CUSTOMER_REF,
    { field: 'sku', required: true, names: ['sku', 'artikelnummer', 'artikelnr', 'article number', 'product code', 'productcode'] },
    { field: 'serialNumber', names: ['serienummer', 'serial', 'serial number', 'sn'] },
    { field: 'purchaseDate', required: true, names: ['aankoopdatum', 'purchase date', 'datum', 'date', 'koopdatum'] },
    { field: 'purchaseChannel', names: ['kanaal', 'aankoopkanaal', 'purchase channel', 'channel', 'winkel'] },
    { field: 'extendedWarrantyEnd', names: ['verlengde garantie tot', 'extended warranty end', 'garantie tot', 'extra garantie tot'] },
    { field: 'notes', names: ['opmerkingen', 'notities', 'notes', 'remarks'] },
  ],
  sales: [
    EXTERNAL_ID,
    CUSTOMER_REF,
    { field: 'saleDate', required: true, names: ['datum', 'verkoopdatum', 'orderdatum', 'factuurdatum', 'sale date', 'date', 'order date'] },
    { field: 'sku', required: true, names: ['sku', 'artikelnummer', 'artikelnr', 'article number', 'product code', 'productcode'] },
    { field: 'quantity', names: ['aantal', 'quantity', 'qty', 'stuks'] },
    { field: 'amountIncl', names: ['bedrag incl', 'bedrag incl btw', 'bedrag inclusief btw', 'totaal incl', 'amount incl', 'amount incl vat', 'amount including vat'] },
    { field: 'amountExcl', names: ['bedrag excl', 'bedrag excl btw', 'bedrag exclusief btw', 'totaal excl', 'amount excl', 'amount excl vat', 'amount excluding vat', 'bedrag', 'amount'] },
    { field: 'vatRate', names: ['btw tarief', 'btw percentage', 'btw%', 'vat rate', 'vat%'] },
    { field: 'channel', names: ['kanaal', 'verkoopkanaal', 'channel', 'sales channel'] },
    { field: 'orderRef', names: ['ordernummer', 'order', 'bestelnummer', 'order reference', 'order ref', 'order number', 'factuurnummer'] },
  ],
};

const key = (s: string) => foldForSearch(s).replace(/[\s\-_.]/g, '');

/** Maps a header row to field → column index; refuses a header that lacks a required column. */
export function mapHeader(kind: ImportKind, header: string[]): Map<string, number> {
  const byKey = new Map(header.map((h, i) => [key(h), i]));
  const map = new Map<string, number>();
  for (const col of COLUMNS[kind]) {
    const index = col.names.map((n) => byKey.get(key(n))).find((i) => i !== undefined);
    if (index !== undefined && ![...map.values()].includes(index)) map.set(col.field, index);
  }
  const missing = COLUMNS[kind].filter((c) => c.required && !map.has(c.field));
  if (missing.length)
    throw new AppError('validation', {
      subcode: 'import.missing_columns',
      detail: `The file lacks the column(s) ${missing.map((m) => m.names[0]).join(', ')}. Found: ${header.join(', ') || '(nothing)'}.`,
      errors: missing.map((m) => ({ path: `file.${m.field}`, message: 'missing column', code: 'missing_column' })),
    });
  return map;
}
