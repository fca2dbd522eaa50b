export interface CustomersTables {
  customers: {
    id: string;
    /** `person` or `business`. */
    kind: string;
    /** Full name of a person, or the company name of a business. */
    name: string;
    /** Lower-case name without diacritics, for sorting and search. */
    searchName: string;
    kvkNumber: string | null;
    vatId: string | null;
    locale: string;
    consentServiceMail: boolean | number;
    consentServiceMailAt: string | null;
    consentMarketingMail: boolean | number;
    consentMarketingMailAt: string | null;
    /** JSON array of strings. */
    tags: string;
    segment: string | null;
    externalId: string | null;
    /** ISO date (YYYY-MM-DD). */
    acquisitionDate: string | null;
    acquisitionChannel: string | null;
    acquisitionCostCents: number;
    mergedIntoId: string | null;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
  customerContacts: {
    id: string;
    customerId: string;
    name: string;
    /** Lower case. */
    email: string | null;
    /** E.164, e.g. +31612345678. */
    phone: string | null;
    isPrimary: boolean | number;
    createdAt: string;
  };
  customerAddresses: {
    id: string;
    customerId: string;
    /** `billing`, `service` or `both`. */
    kind: string;
    street: string;
    houseNumber: number;
    houseNumberAddition: string;
    /** `1234 AB` for NL; free text abroad. */
    postcode: string;
    city: string;
    /** ISO 3166-1 alpha-2. */
    country: string;
    lat: number | null;
    lng: number | null;
    createdAt: string;
  };
  /** One row per word of a customer's name, contacts and addresses: prefix search that uses an index. */
  customerSearchTokens: { token: string; customerId: string; searchName: string };
}
