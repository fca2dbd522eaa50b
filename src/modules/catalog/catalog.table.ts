/** Kysely tables of the catalog module: services (diensten), parts, stock and the VAT table. */

/** The Dutch VAT categories; the rate behind each changes over time (see `vat_rates`). */
export type VatCode = 'standard' | 'reduced' | 'zero';

export type ServiceKind =
  | 'workshop_repair'
  | 'home_repair'
  | 'delivery'
  | 'installation'
  | 'pickup'
  | 'loaner'
  | 'extended_warranty'
  | 'advice'
  | 'other';

export type StockLocationKind = 'warehouse' | 'workshop' | 'van';
export type StockReason = 'receipt' | 'use' | 'correction' | 'transfer';

export interface CatalogTables {
  vatRates: {
    id: string;
    code: VatCode;
    /** Basis points: 2100 is 21 %. */
    percentBp: number;
    /** First day the rate applies (YYYY-MM-DD). */
    validFrom: string;
    /** Last day the rate applies, inclusive; null while it still applies. */
    validTo: string | null;
    createdAt: string;
  };
  services: {
    id: string;
    code: string;
    nameNl: string;
    nameEn: string;
    descriptionNl: string;
    descriptionEn: string;
    kind: ServiceKind;
    /** Customer price excluding VAT. */
    priceCents: number;
    vatCode: VatCode;
    /** Labour a job of this kind takes, for the standard cost. */
    labourMinutes: number;
    partsCostCents: number;
    travelCostCents: number;
    /** Time blocked in the planning. */
    durationMinutes: number;
    /** JSON array of skill names a technician needs. */
    requiredSkills: string;
    active: boolean | number;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  parts: {
    id: string;
    sku: string;
    nameNl: string;
    nameEn: string;
    costCents: number;
    priceCents: number;
    vatCode: VatCode;
    active: boolean | number;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  stockLocations: {
    id: string;
    name: string;
    kind: StockLocationKind;
    /** The technician whose van this is; null for warehouses and workshops. */
    userId: string | null;
    active: boolean | number;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  partStock: {
    partId: string;
    locationId: string;
    quantity: number;
    updatedAt: string;
  };
  stockMovements: {
    id: string;
    partId: string;
    locationId: string;
    /** Signed: positive adds to the location, negative takes from it. */
    quantity: number;
    reason: StockReason;
    refType: string | null;
    refId: string | null;
    note: string;
    userId: string | null;
    createdAt: string;
  };
  serviceSettings: {
    id: string;
    labourCostPerHourCents: number;
    travelCostPerKmCents: number;
    travelPricePerKmCents: number;
    loanerCostPerDayCents: number;
    /** JSON `{labour, parts, surcharge, travel}`, each 'free' or 'charged' for work under warranty. */
    warrantyRule: string;
    version: number;
    updatedAt: string;
  };
}

export type VatRateRow = CatalogTables['vatRates'];
export type ServiceRow = CatalogTables['services'];
export type PartRow = CatalogTables['parts'];
export type StockLocationRow = CatalogTables['stockLocations'];
export type PartStockRow = CatalogTables['partStock'];
export type StockMovementRow = CatalogTables['stockMovements'];
export type SettingsRow = CatalogTables['serviceSettings'];
