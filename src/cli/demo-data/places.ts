import { type Rng, weightedPicker } from './random.js';

/** A Dutch town for the demo data: real postcode ranges, centre, area code and population (thousands). */
export interface Place {
  city: string;
  province: string;
  population: number;
  /** Inclusive ranges of the four postcode digits that belong to the town. */
  postcodes: readonly (readonly [number, number])[];
  lat: number;
  lng: number;
  /** Telephone area code without the trunk 0, e.g. `20` for Amsterdam, `513` for Heerenveen. */
  areaCode: string;
}

type Row = [string, string, number, [number, number][], number, number, string];

const ROWS: Row[] = [
  ['Amsterdam', 'Noord-Holland', 930, [[1011, 1109]], 52.3728, 4.8936, '20'],
  ['Haarlem', 'Noord-Holland', 163, [[2011, 2037]], 52.3874, 4.6462, '23'],
  ['Zaandam', 'Noord-Holland', 78, [[1501, 1509]], 52.4387, 4.8264, '75'],
  ['Alkmaar', 'Noord-Holland', 110, [[1811, 1825]], 52.6324, 4.7534, '72'],
  ['Hilversum', 'Noord-Holland', 92, [[1211, 1223]], 52.2292, 5.1669, '35'],
  ['Hoorn', 'Noord-Holland', 74, [[1621, 1628]], 52.6424, 5.0597, '229'],
  ['Den Helder', 'Noord-Holland', 56, [[1781, 1789]], 52.9563, 4.7601, '223'],
  ['Purmerend', 'Noord-Holland', 93, [[1441, 1448]], 52.505, 4.9597, '299'],
  ['Amstelveen', 'Noord-Holland', 92, [[1181, 1189]], 52.3114, 4.8701, '20'],
  ['Rotterdam', 'Zuid-Holland', 670, [[3011, 3089]], 51.9225, 4.4792, '10'],
  ['Den Haag', 'Zuid-Holland', 560, [[2491, 2599]], 52.0705, 4.3007, '70'],
  ['Leiden', 'Zuid-Holland', 128, [[2311, 2334]], 52.1601, 4.497, '71'],
  ['Dordrecht', 'Zuid-Holland', 121, [[3311, 3329]], 51.8133, 4.6901, '78'],
  ['Zoetermeer', 'Zuid-Holland', 127, [[2711, 2729]], 52.0607, 4.494, '79'],
  ['Delft', 'Zuid-Holland', 105, [[2611, 2629]], 52.0116, 4.3571, '15'],
  ['Gouda', 'Zuid-Holland', 75, [[2801, 2809]], 52.0115, 4.7105, '182'],
  ['Schiedam', 'Zuid-Holland', 80, [[3111, 3125]], 51.9192, 4.3997, '10'],
  ['Alphen aan den Rijn', 'Zuid-Holland', 75, [[2401, 2409]], 52.129, 4.6553, '172'],
  ['Gorinchem', 'Zuid-Holland', 38, [[4201, 4208]], 51.8306, 4.9747, '183'],
  ['Utrecht', 'Utrecht', 370, [[3511, 3585]], 52.0907, 5.1214, '30'],
  ['Amersfoort', 'Utrecht', 160, [[3811, 3829]], 52.1561, 5.3878, '33'],
  ['Veenendaal', 'Utrecht', 68, [[3901, 3909]], 52.0286, 5.559, '318'],
  ['Zeist', 'Utrecht', 66, [[3701, 3709]], 52.0894, 5.2327, '30'],
  ['Nieuwegein', 'Utrecht', 64, [[3431, 3439]], 52.0292, 5.0806, '30'],
  ['Houten', 'Utrecht', 50, [[3991, 3995]], 52.0284, 5.1686, '30'],
  ['Eindhoven', 'Noord-Brabant', 240, [[5611, 5658]], 51.4416, 5.4697, '40'],
  ['Tilburg', 'Noord-Brabant', 225, [[5011, 5049]], 51.5555, 5.0913, '13'],
  ['Breda', 'Noord-Brabant', 185, [[4811, 4839]], 51.5719, 4.7683, '76'],
  ["'s-Hertogenbosch", 'Noord-Brabant', 160, [[5211, 5237]], 51.6978, 5.3037, '73'],
  ['Helmond', 'Noord-Brabant', 94, [[5701, 5709]], 51.4793, 5.657, '492'],
  ['Oss', 'Noord-Brabant', 60, [[5341, 5349]], 51.765, 5.518, '412'],
  ['Roosendaal', 'Noord-Brabant', 78, [[4701, 4709]], 51.5308, 4.4653, '165'],
  ['Bergen op Zoom', 'Noord-Brabant', 68, [[4611, 4625]], 51.4949, 4.287, '164'],
  ['Nijmegen', 'Gelderland', 180, [[6511, 6546]], 51.8126, 5.8372, '24'],
  ['Arnhem', 'Gelderland', 165, [[6811, 6846]], 51.9851, 5.8987, '26'],
  ['Apeldoorn', 'Gelderland', 165, [[7311, 7339]], 52.2112, 5.9699, '55'],
  ['Ede', 'Gelderland', 120, [[6711, 6718]], 52.0402, 5.6649, '318'],
  ['Doetinchem', 'Gelderland', 59, [[7001, 7009]], 51.965, 6.2886, '314'],
  ['Harderwijk', 'Gelderland', 49, [[3841, 3849]], 52.3417, 5.6207, '341'],
  ['Zutphen', 'Gelderland', 48, [[7201, 7207]], 52.1382, 6.2012, '575'],
  ['Tiel', 'Gelderland', 42, [[4001, 4007]], 51.8868, 5.4293, '344'],
  ['Wageningen', 'Gelderland', 40, [[6701, 6709]], 51.9692, 5.6654, '317'],
  ['Zwolle', 'Overijssel', 130, [[8011, 8048]], 52.5168, 6.083, '38'],
  ['Enschede', 'Overijssel', 160, [[7511, 7548]], 52.2215, 6.8937, '53'],
  ['Deventer', 'Overijssel', 102, [[7411, 7429]], 52.255, 6.1639, '570'],
  ['Hengelo', 'Overijssel', 82, [[7551, 7559]], 52.2658, 6.7931, '74'],
  ['Almelo', 'Overijssel', 74, [[7601, 7609]], 52.3567, 6.6625, '546'],
  ['Kampen', 'Overijssel', 55, [[8261, 8266]], 52.555, 5.911, '38'],
  ['Almere', 'Flevoland', 220, [[1311, 1364]], 52.3508, 5.2647, '36'],
  ['Lelystad', 'Flevoland', 80, [[8211, 8245]], 52.5185, 5.4714, '320'],
  ['Emmeloord', 'Flevoland', 27, [[8301, 8305]], 52.7103, 5.7485, '527'],
  ['Dronten', 'Flevoland', 42, [[8251, 8256]], 52.525, 5.718, '321'],
  ['Groningen', 'Groningen', 240, [[9711, 9747]], 53.2194, 6.5665, '50'],
  ['Veendam', 'Groningen', 28, [[9641, 9648]], 53.1069, 6.8792, '598'],
  ['Delfzijl', 'Groningen', 24, [[9931, 9936]], 53.33, 6.918, '596'],
  ['Stadskanaal', 'Groningen', 32, [[9501, 9503]], 52.989, 6.95, '599'],
  ['Leeuwarden', 'Friesland', 125, [[8911, 8939]], 53.2012, 5.7999, '58'],
  ['Sneek', 'Friesland', 34, [[8601, 8608]], 53.033, 5.659, '515'],
  ['Heerenveen', 'Friesland', 51, [[8441, 8448]], 52.9595, 5.9189, '513'],
  ['Drachten', 'Friesland', 45, [[9201, 9204]], 53.106, 6.098, '512'],
  ['Harlingen', 'Friesland', 16, [[8861, 8862]], 53.1745, 5.4218, '517'],
  ['Assen', 'Drenthe', 69, [[9401, 9408]], 52.9929, 6.5642, '592'],
  ['Emmen', 'Drenthe', 108, [[7811, 7826]], 52.7858, 6.8975, '591'],
  ['Hoogeveen', 'Drenthe', 56, [[7901, 7909]], 52.7225, 6.4763, '528'],
  ['Meppel', 'Drenthe', 35, [[7941, 7946]], 52.6956, 6.1944, '522'],
  ['Middelburg', 'Zeeland', 49, [[4331, 4339]], 51.4988, 3.6109, '118'],
  ['Vlissingen', 'Zeeland', 45, [[4381, 4389]], 51.4426, 3.5736, '118'],
  ['Goes', 'Zeeland', 39, [[4461, 4465]], 51.5045, 3.8887, '113'],
  ['Terneuzen', 'Zeeland', 54, [[4531, 4539]], 51.335, 3.828, '115'],
  ['Maastricht', 'Limburg', 122, [[6211, 6229]], 50.8514, 5.691, '43'],
  ['Venlo', 'Limburg', 102, [[5911, 5928]], 51.3704, 6.1724, '77'],
  ['Heerlen', 'Limburg', 87, [[6411, 6422]], 50.8882, 5.9795, '45'],
  ['Sittard', 'Limburg', 48, [[6131, 6137]], 50.9983, 5.869, '46'],
  ['Roermond', 'Limburg', 59, [[6041, 6046]], 51.1942, 5.987, '475'],
  ['Weert', 'Limburg', 50, [[6001, 6006]], 51.2517, 5.7069, '495'],
];

/** The demo towns, all twelve provinces, each with its real postcode range(s). */
export const PLACES: readonly Place[] = ROWS.map(([city, province, population, postcodes, lat, lng, areaCode]) => ({
  city,
  province,
  population,
  postcodes,
  lat,
  lng,
  areaCode,
}));

/** Common Dutch street names, shared by all towns. */
export const STREETS: readonly string[] = [
  'Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Julianastraat', 'Wilhelminastraat', 'Beatrixstraat',
  'Schoolstraat', 'Hoofdstraat', 'Nieuwstraat', 'Molenstraat', 'Kastanjelaan', 'Eikenlaan', 'Beukenlaan',
  'Lindelaan', 'Parallelweg', 'Industrieweg', 'Kerkweg', 'Sportlaan', 'Emmastraat', 'Oranjestraat',
  'Prins Bernhardlaan', 'Prins Hendrikstraat', 'Irenestraat', 'Margrietstraat', 'Marktstraat', 'Havenstraat',
  'Burgemeester de Withstraat', 'Rembrandtlaan', 'Vondellaan', 'Van Goghstraat', 'Koningin Julianaweg',
  'Merelstraat', 'Lijsterstraat', 'Zwaluwstraat', 'Meidoornstraat', 'Vlierstraat', 'Tulpstraat', 'Rozenstraat',
  'Sterrenlaan', 'Zonnebloemstraat', 'Esdoornlaan', 'Wethouder Jansenlaan', 'Achterweg', 'Kanaalweg',
  'Spoorstraat', 'Veldweg', 'Hogeweg', 'Zuiderweg', 'Noorderweg', 'Oosterstraat', 'Westerstraat',
  'Populierenlaan', 'Berkenlaan', 'Dahliastraat', 'Anjerstraat', 'Jasmijnstraat', 'Brink', 'Markt', 'Singel',
];

const LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
const ADDITIONS = ['A', 'B', 'C', 'hs', '1', '2', 'bis'];
const pickPlace = weightedPicker(
  PLACES,
  PLACES.map((p) => p.population),
);

/** A drawn Dutch address; `postcode` is `1234 AB`. */
export interface DemoAddress {
  street: string;
  houseNumber: number;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  country: 'NL';
  lat: number;
  lng: number;
}

/** A town chosen with probability proportional to its population. */
export function drawPlace(rng: Rng): Place {
  return pickPlace(rng);
}

/** A valid postcode inside the town's range (letters never SA, SD or SS). */
export function drawPostcode(rng: Rng, place: Place): string {
  const [from, to] = rng.weighted(
    place.postcodes,
    place.postcodes.map(([a, b]) => b - a + 1),
  );
  let letters = 'SA';
  while (letters === 'SA' || letters === 'SD' || letters === 'SS') letters = LETTERS[rng.int(0, 19)] + LETTERS[rng.int(0, 19)];
  return `${rng.int(from, to)} ${letters}`;
}

/** A believable address in `place` (or a population-weighted town), coordinates within ~2 km of the centre. */
export function drawAddress(rng: Rng, place: Place = drawPlace(rng)): DemoAddress {
  const houseNumber = Math.min(400, 1 + Math.floor(rng.gamma(1.3, 30)));
  const houseNumberAddition = rng.chance(0.12) ? rng.pick(ADDITIONS) : '';
  const r = 2 * Math.sqrt(rng.next());
  const angle = 2 * Math.PI * rng.next();
  const lat = place.lat + (r * Math.sin(angle)) / 111.2;
  const lng = place.lng + (r * Math.cos(angle)) / (111.3 * Math.cos((place.lat * Math.PI) / 180));
  return {
    street: rng.pick(STREETS),
    houseNumber,
    houseNumberAddition,
    postcode: drawPostcode(rng, place),
    city: place.city,
    country: 'NL',
    lat: Math.round(lat * 1e6) / 1e6,
    lng: Math.round(lng * 1e6) / 1e6,
  };
}
