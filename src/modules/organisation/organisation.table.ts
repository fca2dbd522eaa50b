export interface OrganisationTables {
  organisation: {
    id: string;
    name: string;
    street: string;
    houseNumber: string;
    postcode: string;
    city: string;
    country: string;
    kvkNumber: string;
    vatId: string;
    iban: string;
    logo: string | null;
    defaultLocale: string;
    timeZone: string;
    version: number;
    updatedAt: string;
  };
}
export type OrganisationRow = OrganisationTables['organisation'];
