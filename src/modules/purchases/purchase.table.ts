export interface PurchasesTables {
  salesLines: {
    id: string;
    customerId: string;
    /** ISO date. */
    saleDate: string;
    sku: string;
    quantity: number;
    amountInclCents: number;
    amountExclCents: number;
    channel: string | null;
    orderRef: string | null;
    externalId: string | null;
    createdAt: string;
  };
}
