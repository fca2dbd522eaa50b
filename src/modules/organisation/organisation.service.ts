import type { Kysely } from 'kysely';
import type { Clock } from '../../kernel/clock.js';
import type { Actor } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { AuditService, AuditTables } from '../audit/index.js';
import { organisationRepo } from './organisation.repo.js';
import type { Organisation, UpdateOrganisationBody } from './organisation.schema.js';
import type { OrganisationRow, OrganisationTables } from './organisation.table.js';

const toOrganisation = (r: OrganisationRow): Organisation => ({ ...r, defaultLocale: r.defaultLocale === 'en' ? 'en' : 'nl' });

export type OrganisationService = ReturnType<typeof createOrganisationService>;

/** The company's own details (one row): shown on documents and used for defaults such as the language. */
export function createOrganisationService(deps: { db: Kysely<OrganisationTables & AuditTables>; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function ensure(): Promise<OrganisationRow> {
    const row = await organisationRepo.findOne(db);
    if (row) return row;
    const fresh: OrganisationRow = {
      id: newId(),
      name: 'Mijn servicebedrijf',
      street: '',
      houseNumber: '',
      postcode: '',
      city: '',
      country: 'NL',
      kvkNumber: '',
      vatId: '',
      iban: '',
      logo: null,
      defaultLocale: 'nl',
      timeZone: 'Europe/Amsterdam',
      version: 1,
      updatedAt: clock.now().toISOString(),
    };
    await organisationRepo.insert(db, fresh);
    return fresh;
  }

  return {
    getOrganisation: async () => toOrganisation(await ensure()),

    async updateOrganisation(actor: Actor, body: UpdateOrganisationBody): Promise<Organisation> {
      const current = await ensure();
      return db.transaction().execute(async (trx) => {
        const { version, ...fields } = body;
        if (!(await organisationRepo.updateVersioned(trx, current.id, version, { ...fields, updatedAt: clock.now().toISOString() })))
          throw new AppError('version_conflict', { detail: 'The settings were changed by someone else; reload them.' });
        const after = toOrganisation((await organisationRepo.findOne(trx)) as OrganisationRow);
        await audit.record(trx, actor, {
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: current.id,
          before: { ...toOrganisation(current), logo: current.logo ? '(image)' : null },
          after: { ...after, logo: after.logo ? '(image)' : null },
        });
        return after;
      });
    },
  };
}
