import { AppError } from '../../kernel/errors.js';
import { businessDate } from './dates.js';
import { type Address, BOOKABLE_KINDS, type CaseInfo, type CustomerInfo, type OrdersDeps, type SlotOffer, type WarrantyRule } from './orders.deps.js';
import type { CreateSalesBody, SlotChoice } from './orders.schema.js';
import { coveredOn, type DraftLine, priceLines, surchargeLine } from './pricing.js';

/** Everything a new quote or order needs, gathered and checked before any transaction opens. */
export interface PreparedSale {
  caseInfo: CaseInfo;
  customer: CustomerInfo;
  address: Address | undefined;
  installedProductId: string | null;
  date: string;
  underWarranty: boolean;
  rule: WarrantyRule | null;
  lines: DraftLine[];
  slot: SlotChoice | null;
}

const unprocessable = (subcode: string, detail: string, path?: string) =>
  new AppError('unprocessable', { subcode, detail, ...(path ? { errors: [{ path, message: detail }] } : {}) });

/** The address jobs are done at: the service address, else the one address that serves both. */
export const serviceAddress = (c: CustomerInfo): Address | undefined =>
  c.addresses?.find((a) => a.kind === 'service') ?? c.addresses?.find((a) => a.kind === 'both') ?? c.addresses?.[0];

/** The first line for a service done at the customer's home: the one a time slot is booked for. */
export const bookableLine = <L extends { serviceId: string | null; serviceKind: string | null }>(lines: readonly L[]) =>
  lines.find((l) => l.serviceId && l.serviceKind && BOOKABLE_KINDS.has(l.serviceKind));

export function createSalesPreparation(deps: OrdersDeps) {
  /** The offer for a slot as planning shows it now: it must exist for the service and address, and have room. */
  async function slotOffer(serviceId: string, address: Address | undefined, slot: SlotChoice): Promise<SlotOffer> {
    if (!address) throw unprocessable('orders.no_service_address', 'The customer has no address to book an appointment at.', 'body.slot');
    const offers = await deps.planning.availability({ serviceId, postcode: address.postcode, from: slot.date, to: slot.date });
    const offer = offers.find((o) => o.templateId === slot.templateId && o.date === slot.date);
    // Planning leaves out slots without room, so a slot that filled up since it was shown is simply missing.
    if (!offer || offer.free <= 0)
      throw new AppError('conflict', { subcode: 'orders.slot_unavailable', detail: `This time slot on ${slot.date} is full or not offered for this service and address; choose another.` });
    return offer;
  }

  return {
    slotOffer,

    /** Checks the case, customer, product, lines and slot of a new quote or order, and prices every line. */
    async prepare(body: CreateSalesBody): Promise<PreparedSale> {
      const caseInfo = await deps.caseInfo(body.caseId);
      if (!caseInfo) throw unprocessable('orders.unknown_case', 'No case with this id.', 'body.caseId');
      if (body.customerId && body.customerId !== caseInfo.customerId)
        throw unprocessable('orders.customer_mismatch', `Case ${caseInfo.number} belongs to another customer.`, 'body.customerId');
      const customer = await deps.customer(caseInfo.customerId);
      if (!customer) throw unprocessable('orders.unknown_customer', 'The customer of this case no longer exists.', 'body.caseId');
      const date = businessDate(deps.clock.now());
      let underWarranty = false;
      if (body.installedProductId) {
        const product = await deps.installedProduct(body.installedProductId, customer.id);
        if (!product) throw unprocessable('orders.installed_product_mismatch', 'This installed product does not belong to the customer of the case.', 'body.installedProductId');
        underWarranty = coveredOn(product, date);
      }
      const rule = underWarranty ? (await deps.catalog.settings()).warrantyRule : null;
      const locale = customer.locale === 'en' ? 'en' : 'nl';
      const lines = await priceLines(deps.catalog, body.lines, { locale, date, rule });
      const address = serviceAddress(customer);
      const slot = body.slot ?? null;
      if (slot) {
        const line = bookableLine(lines);
        if (!line?.serviceId) throw unprocessable('orders.slot_without_service', 'A time slot needs a home repair, delivery or installation line.', 'body.slot');
        const extra = await surchargeLine(deps.catalog, await slotOffer(line.serviceId, address, slot), { locale, date, rule });
        if (extra) lines.push(extra);
      }
      return { caseInfo, customer, address, installedProductId: body.installedProductId ?? null, date, underWarranty, rule, lines, slot };
    },
  };
}
