import type { DbExecutor } from '../../kernel/db/types.js';
import { newId } from '../../kernel/ids.js';
import { catalogDemoRepo } from './catalog.demo.repo.js';
import { catalogRepo } from './catalog.repo.js';
import type { CatalogTables, PartStockRow, ServiceKind, StockLocationRow, StockMovementRow, VatCode } from './catalog.table.js';
import { stockRepo } from './stock.repo.js';

export interface DemoService {
  code: string;
  nameNl: string;
  nameEn: string;
  descriptionNl: string;
  descriptionEn: string;
  kind: ServiceKind;
  priceCents: number;
  vatCode: VatCode;
  labourMinutes: number;
  partsCostCents: number;
  travelCostCents: number;
  durationMinutes: number;
  requiredSkills: string[];
}

export interface DemoPart {
  sku: string;
  nameNl: string;
  nameEn: string;
  costCents: number;
  priceCents: number;
  vatCode: VatCode;
}

const svc = (s: Omit<DemoService, 'vatCode' | 'descriptionEn' | 'descriptionNl'> & Partial<DemoService>): DemoService => ({
  vatCode: 'standard',
  descriptionNl: '',
  descriptionEn: '',
  ...s,
});

/** A Dutch appliance-service catalog; prices exclude VAT, in cents. */
export const DEMO_SERVICES: readonly DemoService[] = [
  svc({ code: 'REP-WERKPLAATS', nameNl: 'Reparatie werkplaats (wasmachine, vaatwasser, droger)', nameEn: 'Workshop repair (washer, dishwasher, dryer)', descriptionNl: 'Reparatie in onze werkplaats, arbeid tot 60 minuten. Onderdelen apart.', descriptionEn: 'Repair in our workshop, up to 60 minutes of labour. Parts extra.', kind: 'workshop_repair', priceCents: 8900, labourMinutes: 60, partsCostCents: 0, travelCostCents: 0, durationMinutes: 60, requiredSkills: ['witgoed'] }),
  svc({ code: 'REP-AAN-HUIS', nameNl: 'Reparatie aan huis', nameEn: 'Repair at home', descriptionNl: 'Inclusief voorrijkosten en het eerste uur arbeid. Onderdelen apart.', descriptionEn: 'Call-out charge and the first hour of labour included. Parts extra.', kind: 'home_repair', priceCents: 12900, labourMinutes: 60, partsCostCents: 0, travelCostCents: 1050, durationMinutes: 60, requiredSkills: ['witgoed'] }),
  svc({ code: 'REP-KOEL-HUIS', nameNl: 'Reparatie koelkast of vriezer aan huis', nameEn: 'Fridge or freezer repair at home', descriptionNl: 'Inclusief voorrijkosten en 75 minuten arbeid door een koeltechnicus.', descriptionEn: 'Call-out charge and 75 minutes of a refrigeration technician included.', kind: 'home_repair', priceCents: 13900, labourMinutes: 75, partsCostCents: 0, travelCostCents: 1050, durationMinutes: 90, requiredSkills: ['koeltechniek'] }),
  svc({ code: 'BEZ-INST', nameNl: 'Bezorging en installatie', nameEn: 'Delivery and installation', descriptionNl: 'Bezorgen, aansluiten en het oude apparaat klaarzetten voor afvoer.', descriptionEn: 'Delivery, connection, and the old appliance made ready for removal.', kind: 'delivery', priceCents: 5900, labourMinutes: 45, partsCostCents: 0, travelCostCents: 1400, durationMinutes: 45, requiredSkills: [] }),
  svc({ code: 'OPH-RETOUR', nameNl: 'Ophalen en retour', nameEn: 'Pick-up and return', descriptionNl: 'Wij halen het apparaat op voor reparatie in de werkplaats en brengen het terug.', descriptionEn: 'We collect the appliance for a workshop repair and bring it back.', kind: 'pickup', priceCents: 3500, labourMinutes: 20, partsCostCents: 0, travelCostCents: 1050, durationMinutes: 30, requiredSkills: [] }),
  svc({ code: 'LEEN', nameNl: 'Leenapparaat per reparatie', nameEn: 'Loaner appliance per repair', descriptionNl: 'Een leenapparaat zolang uw apparaat in reparatie is.', descriptionEn: 'A loaner appliance for as long as yours is being repaired.', kind: 'loaner', priceCents: 2500, labourMinutes: 15, partsCostCents: 0, travelCostCents: 0, durationMinutes: 0, requiredSkills: [] }),
  svc({ code: 'GAR-3J', nameNl: 'Verlengde garantie 3 jaar', nameEn: 'Extended warranty 3 years', descriptionNl: 'Drie jaar extra garantie op arbeid en onderdelen na de fabrieksgarantie.', descriptionEn: 'Three extra years on labour and parts after the manufacturer warranty.', kind: 'extended_warranty', priceCents: 9900, labourMinutes: 0, partsCostCents: 3500, travelCostCents: 0, durationMinutes: 0, requiredSkills: [] }),
  svc({ code: 'OND-KOFFIE', nameNl: 'Onderhoudsbeurt koffiemachine', nameEn: 'Coffee machine service', descriptionNl: 'Ontkalken, afdichtingen vervangen en zetgroep reinigen.', descriptionEn: 'Descaling, new seals and a cleaned brewing unit.', kind: 'workshop_repair', priceCents: 6950, labourMinutes: 45, partsCostCents: 625, travelCostCents: 0, durationMinutes: 45, requiredSkills: ['koffie'] }),
  svc({ code: 'ADVIES', nameNl: 'Advies aan huis', nameEn: 'Advice at home', descriptionNl: 'Een monteur bekijkt de situatie en adviseert over reparatie of vervanging.', descriptionEn: 'A technician looks at the situation and advises on repair or replacement.', kind: 'advice', priceCents: 4900, labourMinutes: 30, partsCostCents: 0, travelCostCents: 1050, durationMinutes: 45, requiredSkills: [] }),
  svc({ code: 'MONT-INBOUW', nameNl: 'Montage inbouwapparaat', nameEn: 'Fitting a built-in appliance', descriptionNl: 'Inbouwen in een bestaande keuken, inclusief aansluiten en testen.', descriptionEn: 'Fitting into an existing kitchen, including connection and test.', kind: 'installation', priceCents: 9900, labourMinutes: 90, partsCostCents: 0, travelCostCents: 1050, durationMinutes: 90, requiredSkills: ['inbouw'] }),
  svc({ code: 'AANSL-GAS', nameNl: 'Aansluiten gaskookplaat', nameEn: 'Gas hob connection', descriptionNl: 'Gecertificeerd aansluiten met nieuwe gasslang en lektest.', descriptionEn: 'Certified connection with a new gas hose and a leak test.', kind: 'installation', priceCents: 7900, labourMinutes: 60, partsCostCents: 1200, travelCostCents: 1050, durationMinutes: 60, requiredSkills: ['gas'] }),
  svc({ code: 'DIAGNOSE', nameNl: 'Diagnose en prijsopgave', nameEn: 'Diagnosis and quote', descriptionNl: 'Foutzoeken in de werkplaats; vervalt bij akkoord op de reparatie.', descriptionEn: 'Fault finding in the workshop; waived when the repair is accepted.', kind: 'other', priceCents: 3950, labourMinutes: 30, partsCostCents: 0, travelCostCents: 0, durationMinutes: 30, requiredSkills: [] }),
  svc({ code: 'AFVOER-OUD', nameNl: 'Afvoer oud apparaat', nameEn: 'Removal of the old appliance', descriptionNl: 'Milieuvriendelijke afvoer bij bezorging.', descriptionEn: 'Environmentally sound disposal on delivery.', kind: 'other', priceCents: 1500, labourMinutes: 10, partsCostCents: 0, travelCostCents: 0, durationMinutes: 10, requiredSkills: [] }),
];

const part = (sku: string, nameNl: string, nameEn: string, costCents: number, priceCents: number): DemoPart => ({ sku, nameNl, nameEn, costCents, priceCents, vatCode: 'standard' });

/** Common spare parts for washers, dryers, dishwashers, fridges, ovens and coffee machines; prices exclude VAT. */
export const DEMO_PARTS: readonly DemoPart[] = [
  part('KB-WM-01', 'Koolborstels wasmachinemotor (set)', 'Carbon brushes washer motor (set)', 850, 2495),
  part('DR-WM-01', 'Deurrubber wasmachine', 'Washer door seal', 2400, 5995),
  part('PMP-AFV-01', 'Afvoerpomp wasmachine/vaatwasser', 'Drain pump washer/dishwasher', 1850, 4495),
  part('VE-WM-1950', 'Verwarmingselement wasmachine 1950 W', 'Washer heating element 1950 W', 2100, 4995),
  part('VE-DR-01', 'Verwarmingselement droger', 'Dryer heating element', 2800, 6495),
  part('THM-KOEL-01', 'Thermostaat koelkast', 'Fridge thermostat', 1500, 3995),
  part('THM-OVEN-01', 'Thermostaat oven', 'Oven thermostat', 1900, 4495),
  part('LGR-WM-01', 'Lagerset wasmachine met keerring', 'Washer bearing kit with seal', 2600, 6995),
  part('AFS-15', 'Afvoerslang 1,5 m', 'Drain hose 1.5 m', 450, 1295),
  part('TS-AQ-15', 'Toevoerslang 1,5 m met aquastop', 'Inlet hose 1.5 m with aquastop', 1600, 3995),
  part('DVG-WM-01', 'Deurvergrendeling wasmachine', 'Washer door lock', 1100, 2995),
  part('SCH-VW-01', 'Scharnierset vaatwasserdeur', 'Dishwasher door hinge set', 900, 2495),
  part('SPR-VW-01', 'Sproeiarm vaatwasser', 'Dishwasher spray arm', 1000, 2795),
  part('FLT-VW-01', 'Filterset vaatwasser', 'Dishwasher filter set', 650, 1795),
  part('RIEM-DR-01', 'Aandrijfriem droger', 'Dryer drive belt', 700, 1995),
  part('SCHOK-WM-01', 'Schokdempers wasmachine (2 st.)', 'Washer shock absorbers (2 pcs)', 1200, 3295),
  part('PCB-WM-01', 'Besturingsprint wasmachine', 'Washer control board', 9500, 18995),
  part('MOT-WM-01', 'Motor wasmachine (gereviseerd)', 'Washer motor (refurbished)', 8500, 17995),
  part('DICHT-KOF-01', 'Afdichtingsset koffiemachine', 'Coffee machine seal kit', 350, 995),
  part('ONTK-500', 'Ontkalker 500 ml', 'Descaler 500 ml', 275, 895),
  part('KOOLF-AZK-01', 'Koolstoffilter afzuigkap', 'Cooker hood carbon filter', 1100, 2795),
  part('LED-KOEL-01', 'LED-lamp koelkast', 'Fridge LED lamp', 350, 995),
];

const WAREHOUSE = 'Centraal magazijn';
const WORKSHOP = 'Werkplaats Utrecht';

export interface DemoCatalogIds {
  services: Record<string, string>;
  parts: Record<string, string>;
  locations: { warehouse: string; workshop: string };
}

/**
 * Inserts the demo services, parts, a warehouse and a workshop with opening stock, in the caller's transaction.
 * Idempotent: rows found by code, SKU or name are kept as they are, and stock is only opened where none exists.
 */
// biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
export async function insertDemoCatalog(trx: DbExecutor<any>, now: string): Promise<DemoCatalogIds> {
  const t = trx as DbExecutor<CatalogTables>;
  const services: Record<string, string> = {};
  for (const s of DEMO_SERVICES) {
    const existing = await catalogRepo.findServiceByCode(t, s.code);
    services[s.code] = existing?.id ?? newId();
    if (!existing)
      await catalogRepo.insertService(t, { id: services[s.code], ...s, requiredSkills: JSON.stringify(s.requiredSkills), active: true, version: 1, createdAt: now, updatedAt: now });
  }
  const parts: Record<string, string> = {};
  for (const p of DEMO_PARTS) {
    const existing = await catalogRepo.findPartBySku(t, p.sku);
    parts[p.sku] = existing?.id ?? newId();
    if (!existing) await catalogRepo.insertPart(t, { id: parts[p.sku], ...p, active: true, version: 1, createdAt: now, updatedAt: now });
  }
  const location = async (name: string, kind: 'warehouse' | 'workshop') => {
    const existing = await stockRepo.findLocationByName(t, name);
    if (existing) return existing.id;
    const id = newId();
    await stockRepo.insertLocation(t, { id, name, kind, userId: null, active: true, version: 1, createdAt: now, updatedAt: now });
    return id;
  };
  const locations = { warehouse: await location(WAREHOUSE, 'warehouse'), workshop: await location(WORKSHOP, 'workshop') };
  const stocked = new Set((await stockRepo.findStock(t, Object.values(parts))).map((s) => `${s.partId}:${s.locationId}`));
  for (const [i, p] of DEMO_PARTS.entries()) {
    // Cheap wear parts are kept in larger numbers than boards and motors.
    const opening = p.costCents >= 5000 ? [2, 1] : [12 + (i % 5) * 2, 4 + (i % 3)];
    for (const [locationId, quantity] of [
      [locations.warehouse, opening[0]],
      [locations.workshop, opening[1]],
    ] as const) {
      if (stocked.has(`${parts[p.sku]}:${locationId}`)) continue;
      await stockRepo.add(t, parts[p.sku], locationId, quantity, now);
      await stockRepo.insertMovements(t, [
        { id: newId(), partId: parts[p.sku], locationId, quantity, reason: 'receipt', refType: 'demo', refId: null, note: 'Beginvoorraad', userId: null, createdAt: now },
      ]);
    }
  }
  return { services, parts, locations };
}

export interface DemoStock {
  /** New stock locations, such as the technicians' vans. */
  locations?: StockLocationRow[];
  movements?: StockMovementRow[];
  /** Per part and location the net change, added to what is on hand; `updatedAt` is when it was last changed. */
  stock?: PartStockRow[];
}

/**
 * Inserts demo stock as it is, in the caller's transaction: new locations, then the movements, then per part and
 * location the net change of those movements, so that stock on hand stays the sum of its movements.
 */
// biome-ignore lint/suspicious/noExplicitAny: callers pass executors typed with the whole application's database
export async function insertDemoStock(trx: DbExecutor<any>, rows: DemoStock): Promise<void> {
  const t = trx as DbExecutor<CatalogTables>;
  await catalogDemoRepo.insertLocations(t, rows.locations ?? []);
  await catalogDemoRepo.insertMovements(t, rows.movements ?? []);
  for (const s of rows.stock ?? []) if (s.quantity !== 0) await catalogDemoRepo.addStock(t, s.partId, s.locationId, s.quantity, s.updatedAt);
}
