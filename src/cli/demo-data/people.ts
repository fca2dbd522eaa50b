import type { Place } from './places.js';
import { type Rng, weightedPicker } from './random.js';

/** Folding for search and e-mail addresses: the kernel's, so demo data matches what the search expects. */
export { foldForSearch as fold } from '../../kernel/dutch-parse.js';
import { foldForSearch as fold } from '../../kernel/dutch-parse.js';

/** The distinct words of `text` after folding (split on anything that is not a letter or digit). */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Common Dutch male first names, old and young generations mixed. */
export const MALE_FIRST: readonly string[] = [
  'Jan', 'Kees', 'Henk', 'Wim', 'Piet', 'Gerard', 'Hans', 'Peter', 'Johan', 'Marco', 'Erik', 'Jeroen', 'Martijn',
  'Bas', 'Niels', 'Thijs', 'Ruben', 'Jesse', 'Daan', 'Sem', 'Lucas', 'Milan', 'Levi', 'Finn', 'Luuk', 'Bram',
  'Lars', 'Tim', 'Stijn', 'Joost', 'Sander', 'Dennis', 'Mark', 'Rob', 'Frank', 'Ad', 'Theo', 'Gert', 'Sjoerd',
  'Wouter', 'Koen', 'Jasper', 'Mohamed', 'Ahmed', 'Youssef', 'Mehmet', 'Emre', 'Anil', 'Duc', 'Rajesh',
];
/** Common Dutch female first names, old and young generations mixed. */
export const FEMALE_FIRST: readonly string[] = [
  'Maria', 'Anna', 'Ingrid', 'Marja', 'Els', 'Petra', 'Monique', 'Sandra', 'Linda', 'Wilma', 'Ans', 'Annemarie',
  'Marieke', 'Esther', 'Judith', 'Saskia', 'Anouk', 'Femke', 'Lotte', 'Sanne', 'Iris', 'Lisa', 'Eva', 'Emma',
  'Julia', 'Sophie', 'Tess', 'Noor', 'Mila', 'Yara', 'Fleur', 'Lieke', 'Roos', 'Nienke', 'Janneke', 'Renée',
  'Inge', 'Karin', 'Mirjam', 'Hanneke', 'Fatima', 'Samira', 'Ayşe', 'Elif', 'Zeynep', 'Priya', 'Linh', 'Chantal',
];
/** Common surnames in the Netherlands, most frequent first; tussenvoegsels in lower case. */
export const SURNAMES: readonly string[] = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan',
  'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden',
  'Schouten', 'van Beek', 'Willems', 'van Vliet', 'van de Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster',
  'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'Peeters', 'de Lange', 'Kuipers', 'van Wijk', 'Postma',
  'Kramer', 'van den Bosch', 'Scholten', 'Veenstra', 'Boersma', "van 't Hof", 'Wijnands', 'Yılmaz', 'Kaya',
  'Demir', 'Şahin', 'El Amrani', 'Bouzid', 'El Idrissi', 'Nguyen', 'Tran', 'Ramdin', 'Sewdien', 'Wong',
  'Pattiradjawane', 'Kowalski', 'Müller', 'Öztürk', 'Ramos',
];

const pickSurname = weightedPicker(
  SURNAMES,
  SURNAMES.map((_, i) => 1 / (i + 8)),
);

/** A person's name parts. */
export interface DemoPerson {
  firstName: string;
  surname: string;
  name: string;
  gender: 'm' | 'f';
}

/** A random person with a common Dutch (or Dutch-resident) name. */
export function drawPerson(rng: Rng, surname: string = pickSurname(rng)): DemoPerson {
  const gender = rng.chance(0.5) ? 'm' : 'f';
  const firstName = rng.pick(gender === 'm' ? MALE_FIRST : FEMALE_FIRST);
  return { firstName, surname, name: `${firstName} ${surname}`, gender };
}

const TRADES = ['Bakkerij', 'Slagerij', 'Kapsalon', 'Autobedrijf', 'Installatiebedrijf', 'Schildersbedrijf', 'Tandartspraktijk', 'Fysiotherapie', 'Wasserette', 'Bloemisterij', 'Kinderopvang'];
const CAMPINGS = ['De Vier Linden', 'De Kleine Wielen', 'Het Zonnetje', 'De Boshoek', 'Het Wilgenbos', 'Het Veen', 'De Roos'];
const HOTELS = ['Zeezicht', 'De Gouden Leeuw', 'Het Witte Paard', 'De Keizerskroon', 'De Eikenhof', 'De Zwaan'];
const EATERIES = ["'t Hoekje", 'De Molen', 'Het Pakhuis', "'t Pleintje", 'De Waag', 'Het Veerhuis', 'De Smaak'];
const CARE = ['De Hoge Weide', 'Het Lindenhof', 'De Zonnehoek', 'Avondlicht', 'De Merelhof'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A believable name for a Dutch small business, e.g. `Bakkerij Visser`, `Hotel Zeezicht B.V.`. */
export function companyName(rng: Rng, place: Place): string {
  const legal = rng.weighted(['', ' B.V.', ' V.O.F.'], [5, 3, 1]);
  switch (rng.weighted([0, 1, 2, 3, 4, 5, 6, 7], [30, 8, 8, 12, 6, 5, 10, 8])) {
    case 0:
      return `${rng.pick(TRADES)} ${capital(pickSurname(rng))}${legal}`;
    case 1:
      return `Camping ${rng.pick(CAMPINGS)}${legal}`;
    case 2:
      return rng.chance(0.3) ? `Hotel Het Wapen van ${place.city}` : `Hotel ${rng.pick(HOTELS)}${legal}`;
    case 3:
      return `${rng.pick(['Restaurant', 'Café', 'Eetcafé', 'Brasserie', 'Lunchroom'])} ${rng.pick(EATERIES)}${legal}`;
    case 4:
      return `Zorgcentrum ${rng.pick(CARE)}`;
    case 5:
      return `VvE ${rng.pick(['De Kade', 'Het Baken', 'Parkzicht', 'De Havenmeester', 'Residentie Oranje'])} ${place.city}`;
    case 6:
      return `${capital(pickSurname(rng))} & Zn.${legal}`;
    default:
      return `${capital(pickSurname(rng))} ${rng.pick(['Vastgoed', 'Verhuur', 'Beheer', 'Techniek'])}${legal}`;
  }
}

const PROVIDERS = ['gmail.com', 'hotmail.com', 'ziggo.nl', 'outlook.com', 'kpnmail.nl', 'live.nl', 'xs4all.nl', 'icloud.com', 'planet.nl'];
const PROVIDER_WEIGHTS = [30, 22, 12, 10, 8, 6, 3, 5, 4];
const compact = (s: string) => fold(s).replace(/[^a-z]/g, '');

/** Hands out e-mail addresses that are unique within one generation run, with a counter on collision. */
export class EmailRegistry {
  private readonly seen = new Map<string, number>();

  private unique(base: string, sep: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}${sep}${n}`;
  }

  /** A private address such as `jan.dejong@ziggo.nl` or `sdevries2@gmail.com`. */
  person(rng: Rng, firstName: string, surname: string): string {
    const f = compact(firstName);
    const l = compact(surname);
    const local = rng.weighted([`${f}.${l}`, `${f}${l}`, `${f[0]}.${l}`, `${f}_${l}`, `${f[0]}${l}`], [40, 20, 20, 8, 12]);
    const domain = rng.weighted(PROVIDERS, PROVIDER_WEIGHTS);
    return this.unique(`${local}@${domain}`, '').replace(/^(.*)@(.*?)(\d+)$/, '$1$3@$2');
  }

  /** A unique web domain for a company, e.g. `bakkerijvisser.nl`, `hotelzeezicht-2.nl`. */
  domain(company: string): string {
    const base = words(company.replace(/'/g, ''))
      .filter((w) => !['bv', 'b', 'v', 'o', 'f', 'zn', 't'].includes(w))
      .join('')
      .replace(/[^a-z0-9]/g, '');
    return `${this.unique(base, '-')}.nl`;
  }

  /** A company address such as `info@bakkerijvisser.nl` or `j.devries@bakkerijvisser.nl`, unique. */
  business(local: string, domain: string): string {
    return this.unique(`${compact(local) || 'info'}@${domain}`, '').replace(/^(.*)@(.*?)(\d+)$/, '$1$3@$2');
  }
}

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

/** A Dutch mobile number in E.164, `+316` and eight digits. */
export function mobilePhone(rng: Rng): string {
  return `+316${rng.int(1, 5)}${digits(rng, 7)}`;
}

/** A Dutch landline in E.164 for an area code, e.g. `+31201234567`, `+31513123456`. */
export function landlinePhone(rng: Rng, areaCode: string): string {
  return `+31${areaCode}${rng.int(2, 9)}${digits(rng, 8 - areaCode.length)}`;
}

/** An eight-digit KvK number not yet in `used` (which it joins). */
export function kvkNumber(rng: Rng, used: Set<string>): string {
  for (;;) {
    const v = String(rng.int(10_000_000, 99_999_999));
    if (!used.has(v)) {
      used.add(v);
      return v;
    }
  }
}

/** A Dutch VAT id `NL#########B01` whose nine digits (the RSIN) pass the eleven test; unique within `used`. */
export function vatId(rng: Rng, used: Set<string>): string {
  for (;;) {
    const d = Array.from({ length: 8 }, (_, i) => (i === 0 ? rng.int(1, 9) : rng.int(0, 9)));
    const check = d.reduce((s, x, i) => s + x * (9 - i), 0) % 11;
    const v = `NL${d.join('')}${check}B01`;
    if (check < 10 && !used.has(v)) {
      used.add(v);
      return v;
    }
  }
}
