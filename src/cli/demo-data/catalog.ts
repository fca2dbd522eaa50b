import { newId } from '../../kernel/ids.js';
import type { ProductsTables } from '../../modules/products/index.js';
import type { Rng } from './random.js';

/** A row of the `products` table. */
export type ProductRow = ProductsTables['products'];

/** When the demo catalogue was created (fixed, so the catalogue is reproducible). */
export const CATALOG_CREATED_AT = '2022-01-03T08:00:00.000Z';

/** Category key → SKU prefix, Dutch and English noun, list-price range in euros, relative popularity. */
export const CATEGORIES = {
  washing_machine: { prefix: 'WM', nl: 'wasmachine', en: 'washing machine', min: 449, max: 1499, popularity: 20 },
  dryer: { prefix: 'DR', nl: 'warmtepompdroger', en: 'heat-pump dryer', min: 499, max: 1399, popularity: 12 },
  dishwasher: { prefix: 'DW', nl: 'vaatwasser', en: 'dishwasher', min: 449, max: 1299, popularity: 14 },
  fridge: { prefix: 'KK', nl: 'koelkast', en: 'fridge', min: 399, max: 2499, popularity: 12 },
  freezer: { prefix: 'VR', nl: 'vriezer', en: 'freezer', min: 349, max: 1199, popularity: 5 },
  oven: { prefix: 'OV', nl: 'inbouwoven', en: 'built-in oven', min: 399, max: 1899, popularity: 7 },
  hob: { prefix: 'KP', nl: 'inductiekookplaat', en: 'induction hob', min: 299, max: 1499, popularity: 7 },
  cooker_hood: { prefix: 'AK', nl: 'afzuigkap', en: 'cooker hood', min: 199, max: 1299, popularity: 4 },
  microwave: { prefix: 'MW', nl: 'magnetron', en: 'microwave', min: 129, max: 899, popularity: 6 },
  coffee_machine: { prefix: 'KM', nl: 'koffiemachine', en: 'coffee machine', min: 299, max: 2499, popularity: 12 },
  vacuum: { prefix: 'SZ', nl: 'stofzuiger', en: 'vacuum cleaner', min: 149, max: 899, popularity: 9 },
  tv: { prefix: 'TV', nl: 'televisie', en: 'television', min: 399, max: 2999, popularity: 9 },
  soundbar: { prefix: 'SB', nl: 'soundbar', en: 'soundbar', min: 199, max: 1499, popularity: 4 },
  e_bike: { prefix: 'EB', nl: 'elektrische fiets', en: 'e-bike', min: 1899, max: 3999, popularity: 7 },
} as const;

/** A product category of the demo catalogue. */
export type Category = keyof typeof CATEGORIES;

/** Brand → [SKU code, price tier 0..1, warranty months]. */
const BRANDS: Record<string, [string, number, number]> = {
  Miele: ['MIE', 1, 24], Bosch: ['BOS', 0.65, 24], Siemens: ['SIE', 0.75, 24], AEG: ['AEG', 0.6, 24],
  Samsung: ['SAM', 0.55, 24], LG: ['LGE', 0.6, 24], Beko: ['BEK', 0.15, 36], Whirlpool: ['WHI', 0.35, 24],
  Etna: ['ETN', 0.3, 60], Inventum: ['INV', 0.1, 36], Pelgrim: ['PEL', 0.4, 60], Philips: ['PHI', 0.4, 24],
  "De'Longhi": ['DEL', 0.5, 24], Jura: ['JUR', 1, 24], Sage: ['SAG', 0.6, 24], Dyson: ['DYS', 0.85, 24],
  Sony: ['SON', 0.8, 24], Sonos: ['SNS', 0.75, 24], Gazelle: ['GAZ', 0.8, 24], Batavus: ['BAT', 0.55, 24],
  Sparta: ['SPA', 0.6, 24], Cortina: ['COR', 0.35, 24], Stella: ['STE', 0.3, 24],
};

/** [category, brand, models separated by `|`, optional own price range in euros]. */
const LINES: [Category, string, string, number?, number?][] = [
  ['washing_machine', 'Miele', 'WWD 120|WWD 320|WWG 360|WSG 363|WWR 860'],
  ['washing_machine', 'Bosch', 'Serie 4 WAN28277|Serie 6 WGG244A9|Serie 6 WGG14409|Serie 8 WAV28M00'],
  ['washing_machine', 'Siemens', 'iQ300 WM14N077|iQ500 WM14UQ09|iQ700 WM6HXK09'],
  ['washing_machine', 'AEG', 'L6FBN84EW|L7FEE84W|L8FEN96CAW|L9WBA61B'], ['washing_machine', 'Samsung', 'WW80T534|WW90T554|WW11BB944'],
  ['washing_machine', 'LG', 'F4WV508S0|F4WR709Y'], ['washing_machine', 'Beko', 'WTV8736XC|WUE8746N|B3WFU5842W'],
  ['washing_machine', 'Whirlpool', 'FFB 8448 BV|W8 W946WR'], ['washing_machine', 'Inventum', 'VWM8000|VWM1450'],
  ['dryer', 'Miele', 'TSC 364 WP|TWD 260 WP|TEF 775 WP|TWV 780 WP'], ['dryer', 'Bosch', 'Serie 4 WTH85V07|Serie 6 WQG24509|Serie 8 WQB246C9'],
  ['dryer', 'Siemens', 'iQ500 WQ45G2D9|iQ700 WQ46B2C9'], ['dryer', 'AEG', 'T7DBG842|T8DEC846'], ['dryer', 'Samsung', 'DV90T5240|DV80CGC2B0'],
  ['dryer', 'Beko', 'DH8634CSRX|B5T4823RW'], ['dryer', 'Inventum', 'IWP8000'],
  ['dishwasher', 'Miele', 'G 5110 SCi|G 7110 SCi|G 7600 SCVi|G 27695-60 SCVi'],
  ['dishwasher', 'Bosch', 'Serie 2 SMS2HTW72E|Serie 4 SMV4HTX27E|Serie 6 SMV6ZCX42E'],
  ['dishwasher', 'Siemens', 'iQ300 SN63HX60|iQ500 SN65ZX49|iQ700 SN87YX01'], ['dishwasher', 'AEG', 'FSE73727P|FSK93848P'],
  ['dishwasher', 'Beko', 'DVN05321W|BDIN38530C'], ['dishwasher', 'Etna', 'VW139RVS|VW449M'], ['dishwasher', 'Pelgrim', 'GVW450L|GVW680ONY'],
  ['fridge', 'Miele', 'K 7743 E|KFN 4795 AD|K 2802 Vi'], ['fridge', 'Bosch', 'Serie 2 KIR41NSE0|Serie 4 KGN39VIBT|Serie 6 KGN49AIBT'],
  ['fridge', 'Siemens', 'iQ300 KG39NXXDF|iQ500 KI86NADD0'], ['fridge', 'Samsung', 'RB34T675ESA|RS68A8840S9|RF65A967ESR'],
  ['fridge', 'LG', 'GBB72PZEFN|GBV7280CEV|GSXV90PZAE'], ['fridge', 'Beko', 'RCNA366I40XBN|GNE60530DXN'], ['fridge', 'Etna', 'KVV7141|KCV188NWIT'],
  ['fridge', 'Inventum', 'KK600|IKK1221D'],
  ['freezer', 'Miele', 'FNS 4382 D|FN 4877 D'], ['freezer', 'Bosch', 'Serie 4 GSN36VWEP|Serie 6 GSN58AWDV'],
  ['freezer', 'AEG', 'AGB728E5NX|ABE818E6NS'], ['freezer', 'Beko', 'FSE1073N|RFNE290L31WN'], ['freezer', 'Inventum', 'VV1000|IKV1021S'],
  ['oven', 'Miele', 'H 2465 B|H 7260 BP|H 7464 BPX'], ['oven', 'Bosch', 'Serie 4 HBA534BS0|Serie 8 HBG7741B1'],
  ['oven', 'Siemens', 'iQ500 HB578ABS0|iQ700 HB736G1B1'], ['oven', 'AEG', 'BPE535060M|BSE792380B'], ['oven', 'Etna', 'OM171RVS|OM865TI'],
  ['oven', 'Pelgrim', 'OVM626MAT|OVM726RVS'], ['oven', 'Inventum', 'IOC6070RK'],
  ['hob', 'Miele', 'KM 7200 FR|KM 7697 FL'], ['hob', 'Bosch', 'Serie 6 PVS631HC1E|Serie 8 PXY875DC1E'],
  ['hob', 'Siemens', 'iQ300 EU631BEB5E|iQ700 EX875LVC1E'], ['hob', 'AEG', 'IKE64441FB|IKE85753IB'], ['hob', 'Etna', 'KIV160RVS|KIF580ZT'],
  ['hob', 'Pelgrim', 'IKT1078F|IDK784ONY'], ['hob', 'Inventum', 'IKI6035|IKI7845'],
  ['cooker_hood', 'Miele', 'DA 2698|DA 4298 W|DAS 2620'], ['cooker_hood', 'Bosch', 'Serie 4 DWB96DM50|Serie 6 DWK98PR60'],
  ['cooker_hood', 'Siemens', 'iQ300 LC67BHM50|iQ500 LC97BHM50'], ['cooker_hood', 'Etna', 'A360RVS|A760ZT'],
  ['cooker_hood', 'Pelgrim', 'SLK860RVS|WSK690ONY'], ['cooker_hood', 'Inventum', 'AKS6000|IKW9035'],
  ['microwave', 'Miele', 'M 2234 SC|M 7244 TC'], ['microwave', 'Samsung', 'MS23K3513AW|MC28H5015AK'], ['microwave', 'LG', 'MS2336GIB|MJ3965BPS'],
  ['microwave', 'Whirlpool', 'MWP 253 SB|MWP 338 SB'], ['microwave', 'Inventum', 'MN204C|MN306S'], ['microwave', 'Etna', 'CM144RVS'],
  ['coffee_machine', 'Jura', 'E4|E6|E8|ENA 8|S8|Z10|GIGA 6', 899, 2499],
  ['coffee_machine', 'Philips', 'Series 2200 EP2220|Series 3200 EP3246|Series 5400 EP5447', 299, 899],
  ['coffee_machine', "De'Longhi", 'Magnifica S|Dinamica Plus|Eletta Explore|PrimaDonna Soul', 349, 1299],
  ['coffee_machine', 'Sage', 'Bambino Plus|Barista Express|Barista Pro|Barista Touch', 499, 1299],
  ['coffee_machine', 'Siemens', 'EQ.500|EQ.700|EQ.900', 799, 1799], ['coffee_machine', 'Miele', 'CM 5310 Silence|CM 6360|CM 7750', 999, 2499],
  ['vacuum', 'Dyson', 'V8 Absolute|V12 Detect Slim|V15 Detect|Gen5detect', 349, 899],
  ['vacuum', 'Miele', 'Complete C3|Boost CX1|Triflex HX2', 179, 649],
  ['vacuum', 'Philips', 'Series 3000 XB3122|SpeedPro Max|AquaTrio 9000', 149, 449],
  ['vacuum', 'Bosch', 'Serie 4 BGL41HYG|Unlimited 7|Unlimited 10', 149, 449], ['vacuum', 'Samsung', 'Bespoke Jet|Jet 90', 299, 899],
  ['tv', 'Samsung', 'QE50Q64D|QE55Q80D|QE65QN90D|QE65S95D'], ['tv', 'LG', '43UR78|OLED55B4|OLED55C4|OLED65C4|OLED65G4'],
  ['tv', 'Sony', 'KD-43X75WL|K-55XR80|K-65XR90'], ['tv', 'Philips', '50PUS7409|55PUS8909|55OLED809|65OLED909'],
  ['soundbar', 'Sonos', 'Ray|Beam Gen 2|Arc Ultra', 279, 999], ['soundbar', 'Samsung', 'HW-B550|HW-Q700D|HW-Q990D'],
  ['soundbar', 'LG', 'S40T|S70TY|S95TR'], ['soundbar', 'Sony', 'HT-S2000|HT-A5000'], ['soundbar', 'Philips', 'TAB5309|TAB8507'],
  ['e_bike', 'Gazelle', 'Grenoble C7+|Arroyo C7+|Ultimate C380|Avignon C380|Ultimate T10+'],
  ['e_bike', 'Batavus', 'Dinsdag E-go|Finez E-go|Altura E-go'], ['e_bike', 'Sparta', 'c-Grid|M7b|M8b Ultra'],
  ['e_bike', 'Cortina', 'E-Common|E-Foss|E-Octa'], ['e_bike', 'Stella', 'Fiore|Livorno Superior|Vicenza Superior'],
];

/** A consumable, accessory or service sold after or with an appliance; `for` lists the categories it suits. */
export interface Accessory {
  sku: string;
  nameNl: string;
  /** Shop price incl. VAT. */
  priceCents: number;
  /** Categories it belongs with; empty: any household. */
  for: readonly Category[];
}

const acc = (sku: string, nameNl: string, priceCents: number, ...cats: Category[]): Accessory => ({ sku, nameNl, priceCents, for: cats });
/** Consumables and accessories (€4–€40) sold in later orders, matched to the appliances a customer owns. */
export const DEMO_ACCESSORIES: readonly Accessory[] = [
  acc('ACC-ONTKALK-TABS', 'Ontkalkingstabletten koffiemachine', 1999, 'coffee_machine'), acc('ACC-WATERFILTER-KM', 'Waterfilter koffiemachine', 2499, 'coffee_machine'),
  acc('ACC-REINIG-TABS-KM', 'Reinigingstabletten koffiemachine', 1499, 'coffee_machine'), acc('ACC-MELKREINIGER', 'Melksysteemreiniger', 1299, 'coffee_machine'),
  acc('ACC-WASMIDDEL-2X', 'Wasmiddel tweefasen, 2 x 1,4 l', 1999, 'washing_machine'), acc('ACC-MACHINEREINIGER', 'Machinereiniger', 699, 'washing_machine', 'dishwasher'),
  acc('ACC-VAATWASTABS', 'Vaatwastabletten, 100 stuks', 1799, 'dishwasher'), acc('ACC-GLANSSPOEL', 'Glansspoelmiddel', 599, 'dishwasher'),
  acc('ACC-REGENEREERZOUT', 'Regenereerzout 2 kg', 449, 'dishwasher'), acc('ACC-DROGERGEUR', 'Geurflacon droger', 999, 'dryer'),
  acc('ACC-PLUIZENFILTER', 'Pluizenfilter droger', 2499, 'dryer'), acc('ACC-WATERFILTER-KK', 'Waterfilter koelkast', 3499, 'fridge'),
  acc('ACC-GEURVRETER', 'Geurvreter koelkast', 799, 'fridge', 'freezer'), acc('ACC-KOOLFILTER', 'Koolstoffilter afzuigkap', 3999, 'cooker_hood'),
  acc('ACC-VETFILTER', 'Vetfilter afzuigkap', 2999, 'cooker_hood'), acc('ACC-OVENREINIGER', 'Oven- en magnetronreiniger', 899, 'oven', 'microwave'),
  acc('ACC-KOOKPLAATSET', 'Reinigingsset inductiekookplaat', 1199, 'hob'), acc('ACC-STOFZAKKEN', 'Stofzuigerzakken, 4 stuks', 999, 'vacuum'),
  acc('ACC-HEPAFILTER', 'HEPA-filter stofzuiger', 2999, 'vacuum'), acc('ACC-HDMI21', 'HDMI 2.1-kabel 2 m', 1999, 'tv', 'soundbar'),
  acc('ACC-SCHERMREINIGER', 'Schermreiniger', 999, 'tv'), acc('ACC-KETTINGOLIE', 'Kettingolie', 799, 'e_bike'),
  acc('ACC-BUITENBAND', 'Buitenband 28 inch', 3499, 'e_bike'), acc('ACC-KETTINGSLOT', 'Kettingslot ART 2', 3999, 'e_bike'),
  acc('ACC-ONTKALKER', 'Ontkalker universeel', 599), acc('ACC-MICROVEZEL', 'Microvezeldoekjes, 5 stuks', 499),
];
/** Services sold with appliances: five-year extended warranty (10% of the price) and delivery with installation (€59). */
export const SERVICES = { warranty: acc('SRV-GARANTIE-5J', 'Garantie+ 5 jaar', 0), installation: acc('SRV-BEZORG-INSTALL', 'Bezorgen en installeren', 5900) };

/** A shop price in whole euros: …9 below €1,000 (e.g. 649), …49 or …99 above (e.g. 1,299). */
function shopPrice(euros: number): number {
  return euros < 1000 ? Math.round(euros / 10) * 10 - 1 : Math.round(euros / 50) * 50 - 1;
}

/**
 * The appliances Huishoudservice Nederland B.V. sells: ~230 real brand/model lines over fourteen categories, with
 * NL list prices (incl. VAT, cents), warranty and a unique SKU such as `WM-MIE-WWD120`. Ids embed the fixed
 * creation time, so they sort in catalogue order.
 */
export function demoProducts(rng: Rng): ProductRow[] {
  const createdMs = Date.parse(CATALOG_CREATED_AT);
  const skus = new Set<string>();
  const rows: ProductRow[] = [];
  for (const [category, brand, models, ownMin, ownMax] of LINES) {
    const cat = CATEGORIES[category];
    const [code, tier, warrantyMonths] = BRANDS[brand];
    const list = models.split('|');
    list.forEach((model, i) => {
      const step = list.length > 1 ? i / (list.length - 1) : 0.5;
      const pos = ownMin ? step : 0.1 + tier * 0.55 + step * 0.3;
      const [min, max] = [ownMin ?? cat.min, ownMax ?? cat.max];
      const jittered = Math.min(1, Math.max(0, pos + rng.normal(0, 0.04)));
      const euros = Math.min(max, Math.max(min, shopPrice(min + (max - min) * jittered)));
      let sku = `${cat.prefix}-${code}-${model.toUpperCase().replace(/[^A-Z0-9]/g, '')}`.slice(0, 24);
      while (skus.has(sku)) sku += 'X';
      skus.add(sku);
      rows.push({
        id: newId(createdMs),
        sku,
        nameNl: `${brand} ${model} ${cat.nl}`,
        nameEn: `${brand} ${model} ${cat.en}`,
        brand,
        category,
        listPriceCents: euros * 100,
        warrantyMonths,
        active: true,
        version: 1,
        createdAt: CATALOG_CREATED_AT,
        updatedAt: CATALOG_CREATED_AT,
      });
    });
  }
  return rows;
}
