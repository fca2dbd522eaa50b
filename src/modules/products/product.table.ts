export interface ProductsTables {
  products: {
    id: string;
    sku: string;
    nameNl: string;
    nameEn: string;
    brand: string;
    /** washing_machine, dryer, dishwasher, fridge, oven, coffee_machine, tv, e_bike, … */
    category: string;
    listPriceCents: number;
    warrantyMonths: number;
    active: boolean | number;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  installedProducts: {
    id: string;
    customerId: string;
    productId: string;
    sku: string;
    serialNumber: string | null;
    /** ISO date. */
    purchaseDate: string;
    purchaseChannel: string | null;
    /** ISO date; extended warranty sold on top of the product's own. */
    extendedWarrantyEnd: string | null;
    notes: string;
    externalId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
}
