import { newId } from '../../kernel/ids.js';
import { regionOf } from '../../modules/planning/index.js';
import type { Rng } from './random.js';
import type { createBilling } from './services-billing.js';
import { CANCEL_REASONS, categoryOfSubject, DECLINE_REASONS, HOME_ONLY, INTAKE_NOTES, type JobKind, KIND_CATEGORIES, SIGNATURE_PNG } from './services-catalog.js';
import { createJobRows, type Line, type ServiceContextPart, stripOrderFields } from './services-job-rows.js';
import { createLoans } from './services-loans.js';
import type { TechPlan } from './services-setup.js';
import { addDays, DAY, HOUR, iso, localDate, localMs, MIN } from './services-time.js';
import type { BookingRow, CatalogService, OrderLineRow, OrderRow, QuoteRow, ServiceCase, ServiceCustomer, ServiceRows, ServicesContext } from './services-types.js';
import type { Ev, Workplace } from './services-work.js';


const SHORT = ['coffee_machine', 'microwave', 'vacuum'];

/**
 * The paid work behind one repair-type case, as it went up to now: a quote (mostly accepted) or a direct order, a
 * booked slot with its surcharge for a visit, the repair order with its status history, time, parts and travel,
 * a revisit when the first visit did not fix it, a loaner with some workshop repairs, and the invoice.
 */
export function createJobs(ctx: ServicesContext, rng: Rng, w: Workplace, billing: ReturnType<typeof createBilling>) {
  const { nowMs } = w;
  const { number, line, serviceLine, repairRow, record, drawParts, partUses, counters } = createJobRows(ctx, rng, w);
  const loans = createLoans(ctx, rng, w);
  const svc = (code: string): CatalogService => ctx.services[code];
  const agentOf = (c: ServiceCase) => c.assigneeId ?? rng.pick(ctx.backOffice);
  const planner = () => rng.pick(ctx.planners);

  /** One job of a case, or nothing when the case led to no paid work by now. */
  function make(c: ServiceCase, cust: ServiceCustomer, out: ServiceRows): void {
    const caseMs = Date.parse(c.createdAt);
    const en = cust.locale === 'en';
    const subjectCategory = categoryOfSubject(c.subject);
    let kind: JobKind =
      subjectCategory && HOME_ONLY.has(subjectCategory) ? rng.weighted(['home', 'delivery'] as const, [93, 7]) : rng.weighted(['home', 'workshop', 'delivery'] as const, [42, 53, 5]);
    const caseDate = localDate(caseMs);
    const owned = cust.installed.filter((p) => p.purchaseDate <= caseDate);
    const product = owned.find((p) => p.category === subjectCategory) ?? (subjectCategory ? null : (owned.find((p) => KIND_CATEGORIES[kind].has(p.category)) ?? null));
    const category = product?.category ?? subjectCategory ?? (kind === 'workshop' && rng.chance(0.3) ? 'coffee_machine' : 'washing_machine');
    if (!KIND_CATEGORIES[kind].has(category)) kind = HOME_ONLY.has(category) ? 'home' : 'workshop';
    const region = regionOf(cust.service.postcode);
    if (!region && kind !== 'workshop') kind = 'workshop';
    const service =
      kind === 'home'
        ? svc(category === 'fridge' || category === 'freezer' ? 'REP-KOEL-HUIS' : 'REP-AAN-HUIS')
        : kind === 'workshop'
          ? svc(category === 'coffee_machine' && rng.chance(0.6) ? 'OND-KOFFIE' : 'REP-WERKPLAATS')
          : svc(category === 'hob' && rng.chance(0.3) ? 'AANSL-GAS' : category === 'oven' || category === 'dishwasher' || category === 'hob' || category === 'cooker_hood' ? 'MONT-INBOUW' : 'BEZ-INST');
    const agent = agentOf(c);

    // Quote or direct order; the customer (or the agent for them) decides within the quote's two weeks.
    const viaQuote = rng.chance(0.6);
    const firstMs = w.office(caseMs + Math.exp(rng.normal(5, 1)) * MIN);
    if (firstMs > nowMs) return;
    const outcome = viaQuote ? rng.weighted(['accepted', 'declined', 'expired'] as const, [75, 15, 10]) : 'accepted';
    const quoteDate = localDate(firstMs);
    const validUntil = addDays(quoteDate, 14);
    const decideMs = viaQuote ? Math.min(firstMs + Math.exp(rng.normal(6.8, 1)) * MIN, localMs(validUntil, 20 * 60)) : firstMs;
    const orderMs = decideMs;
    const warranty = product ? orderMs <= localMs(addDays(product.warrantyEnd, 1), 0) || (product.extendedWarrantyEnd !== null && localDate(orderMs) <= product.extendedWarrantyEnd) : false;
    const bookable = kind !== 'workshop' && region !== null;
    const recent = caseMs >= nowMs - 14 * DAY;
    const slot = bookable ? w.pickSlot(region, orderMs, recent && outcome === 'accepted') : null;
    if (bookable && !slot) return;

    const initial: Line[] = [serviceLine(firstMs, service, en, warranty)];
    let surcharge = 0;
    if (slot && slot.template.surchargeValue > 0) {
      const t = slot.template;
      surcharge = t.surchargeKind === 'fixed' ? t.surchargeValue : Math.floor((service.priceCents * t.surchargeValue + 5000) / 10000);
      const win = `${t.startTime}–${t.endTime}`;
      const description =
        t.slotType === 'evening' ? (en ? `Evening appointment surcharge ${win}` : `Toeslag avondafspraak ${win}`) : en ? `Saturday appointment surcharge ${win}` : `Toeslag zaterdagafspraak ${win}`;
      initial.push(line(firstMs, 'surcharge', { description, price: surcharge, cost: 0, vatCode: service.vatCode }, warranty));
    }
    const pickup = kind === 'workshop' && rng.chance(0.45);
    if (pickup) initial.push(serviceLine(firstMs, svc('OPH-RETOUR'), en, warranty));
    if (service.code === 'BEZ-INST' && rng.chance(0.5)) initial.push(serviceLine(firstMs, svc('AFVOER-OUD'), en, warranty));

    let quote: QuoteRow | null = null;
    if (viaQuote) {
      const draft = firstMs > nowMs - 2 * DAY && rng.chance(0.2);
      const sentMs = firstMs + rng.int(2, 20) * MIN;
      const decided = outcome !== 'expired' && !draft && decideMs <= nowMs;
      const status: QuoteRow['status'] = draft ? 'draft' : decided ? outcome : validUntil < w.today ? 'expired' : 'sent';
      const byCustomer = rng.chance(0.65);
      quote = {
        id: newId(firstMs),
        number: number('OF', 'quote', firstMs),
        customerId: c.customerId,
        caseId: c.id,
        installedProductId: product?.id ?? null,
        status,
        underWarranty: warranty,
        quoteDate,
        validUntil,
        locale: en ? 'en' : 'nl',
        sentAt: draft || sentMs > nowMs ? null : iso(sentMs),
        decidedAt: decided ? iso(decideMs) : null,
        decidedBy: decided ? (byCustomer ? 'customer' : 'agent') : null,
        declineReason: decided && outcome === 'declined' ? rng.pick(DECLINE_REASONS) : null,
        orderId: null,
        slotTemplateId: slot?.template.id ?? null,
        slotDate: slot?.date ?? null,
        createdBy: agent,
        version: 1 + (status === 'draft' ? 0 : 1) + (decided ? 1 : 0),
        createdAt: iso(firstMs),
        updatedAt: iso(decided ? decideMs : Math.min(sentMs, nowMs)),
      };
      out.quotes.push(quote);
      const quoteId = quote.id;
      out.quoteLines.push(...initial.map((l, i) => stripOrderFields({ ...l, id: newId(firstMs), quoteId, position: i + 1 })));
      if (status !== 'accepted') return;
    }
    if (orderMs > nowMs) return;

    // The order, its booking and its repair order(s).
    const orderId = newId(orderMs);
    if (quote) quote.orderId = orderId;
    const lines: Line[] = initial.map((l) => ({ ...l, id: newId(orderMs), createdAt: iso(orderMs) }));
    const repairId = newId(orderMs);
    const number_ = number('RO', 'repair', orderMs);
    const a = cust.service;
    const address = { street: a.street, houseNumber: `${a.houseNumber}${a.houseNumberAddition ? ` ${a.houseNumberAddition}` : ''}`, postcode: a.postcode, city: a.city, lat: a.lat, lng: a.lng };
    const repair = repairRow(repairId, {
      number: number_,
      orderId,
      caseId: c.id,
      customerId: c.customerId,
      installedProductId: product?.id ?? null,
      serviceId: service.id,
      kind: kind === 'home' ? 'home' : kind === 'workshop' ? 'workshop' : 'delivery',
      fault: c.subject,
      estimatedMinutes: service.durationMinutes,
      createdAt: iso(orderMs),
      ...address,
    });
    lines[0].repairOrderId = repairId;
    const cancel = rng.chance(0.03);
    const events: Ev[] = [];
    const pieces: [number, number][] = [];
    let parts: { part: ServiceContextPart; quantity: number; ms: number }[] = [];
    let booking: BookingRow | null = null;
    let tech: TechPlan | null = null;
    let location = ctx.locations.workshop;
    let endMs = 0;
    let revisitable = false;

    if (slot && region) {
      const t = slot.template;
      const startMs = w.slotStart(t, slot.date);
      const slotEndMs = localMs(slot.date, t.endTime);
      booking = {
        id: newId(orderMs),
        customerId: c.customerId,
        caseId: c.id,
        orderId,
        serviceId: service.id,
        templateId: t.id,
        date: slot.date,
        startsAt: iso(startMs),
        endsAt: iso(slotEndMs),
        slotType: t.slotType,
        region,
        units: 1,
        basePriceCents: service.priceCents,
        surchargeCents: surcharge,
        vatCode: service.vatCode,
        street: a.street,
        houseNumber: a.houseNumber,
        houseNumberAddition: a.houseNumberAddition,
        postcode: a.postcode,
        city: a.city,
        country: a.country,
        lat: a.lat,
        lng: a.lng,
        status: 'confirmed',
        icsSequence: 0,
        reminderSentAt: null,
        cancelledAt: null,
        version: 1,
        createdAt: iso(orderMs),
        updatedAt: iso(orderMs),
      };
      w.hold(t, slot.date);
      lines[0].bookingId = booking.id;
      for (const l of lines) if (l.kind === 'surcharge') l.bookingId = booking.id;
      repair.bookingId = booking.id;
      repair.scheduledStart = booking.startsAt;
      repair.scheduledEnd = booking.endsAt;
      let plannedMs = Math.min(Math.max(orderMs + rng.int(10, 180) * MIN, startMs - rng.int(1, 6) * DAY), startMs - 2 * HOUR);
      if (slot.forced) plannedMs = Math.min(plannedMs, nowMs - 20 * MIN);
      const reminderMs = localMs(addDays(slot.date, -1), 10 * 60);
      if (plannedMs <= nowMs) {
        const [from, to] = [w.minutesOf(t.startTime), w.minutesOf(t.endTime)];
        tech = w.pickTech('field', region, slot.date, from, to, service.requiredSkills, slot.forced);
        const [ws, we] = w.window(tech, slot.date, t.id, from, to, service.durationMinutes, 30);
        repair.technicianId = tech.tech.id;
        repair.scheduledStart = iso(ws);
        repair.scheduledEnd = iso(we);
        repair.travelKm = w.travelKm(tech, a.lat, a.lng);
        repair.travelCostCents = repair.travelKm === null ? 0 : Math.round(repair.travelKm * ctx.travelCostPerKmCents);
        location = tech.van ?? location;
        events.push({ to: 'planned', at: plannedMs, user: planner() });
        const started = ws + rng.int(0, 20) * MIN;
        if (cancel) {
          const at = plannedMs + rng.next() * (started - plannedMs);
          events.push({ to: 'cancelled', at, user: agent });
          if (at <= nowMs) {
            Object.assign(booking, { status: 'cancelled', cancelledAt: iso(at), updatedAt: iso(at), version: 2, icsSequence: 1 });
            w.release(t, slot.date);
          }
        } else {
          const minutes = w.workMinutes(service.labourMinutes);
          events.push({ to: 'in_progress', at: started, user: tech.tech.id });
          if (kind === 'home' && rng.chance(0.08)) {
            const first = Math.min(minutes - 10, rng.int(25, 45));
            const waitAt = started + first * MIN;
            const resume = localMs(w.nextOpen(addDays(localDate(waitAt), rng.int(2, 5))), 9 * 60 + rng.int(0, 180));
            endMs = resume + Math.max(20, minutes - first) * MIN;
            events.push({ to: 'waiting_for_parts', at: waitAt, user: tech.tech.id }, { to: 'in_progress', at: resume, user: tech.tech.id });
            pieces.push([first, waitAt], [Math.max(20, minutes - first), endMs]);
            parts = drawParts(category, 1, endMs);
          } else {
            endMs = started + minutes * MIN;
            pieces.push([minutes, endMs]);
            parts = drawParts(category, kind === 'home' ? 0.62 : 0.1, endMs);
          }
          events.push({ to: 'completed', at: endMs, user: tech.tech.id });
          revisitable = true;
          const extra = minutes - service.labourMinutes;
          if (kind === 'home' && extra > 20) {
            const quarters = Math.ceil(extra / 15);
            lines.push({ ...line(endMs, 'labour', { description: en ? 'Extra labour (per quarter hour)' : 'Extra arbeid (per kwartier)', quantity: quarters, price: 1500, cost: Math.round((15 * ctx.labourCostPerHourCents) / 60), vatCode: 'standard' }, warranty), repairOrderId: repairId });
          }
        }
      } else if (cancel) {
        const at = orderMs + rng.next() * (startMs - orderMs);
        events.push({ to: 'cancelled', at, user: agent });
        if (at <= nowMs) {
          Object.assign(booking, { status: 'cancelled', cancelledAt: iso(at), updatedAt: iso(at), version: 2, icsSequence: 1 });
          w.release(t, slot.date);
        }
      }
      if (booking.status === 'confirmed' && reminderMs <= nowMs && reminderMs > orderMs) booking.reminderSentAt = iso(reminderMs);
      out.bookings.push(booking);
    } else {
      // Workshop: brought in or collected, on the bench the next working day, ready, then picked up or sent back.
      const receivedMs = w.office(orderMs + (pickup ? rng.int(1, 3) * DAY : rng.int(2, 72) * HOUR));
      repair.returnMethod = pickup ? 'shipment' : rng.chance(0.15) ? 'shipment' : 'pickup';
      if (receivedMs <= nowMs && !cancel) {
        repair.receivedAt = iso(receivedMs);
        repair.intakeNotes = rng.pick(INTAKE_NOTES);
      }
      const bench = w.nextOpen(addDays(localDate(receivedMs), 1));
      let plannedMs = receivedMs + rng.int(30, 240) * MIN;
      if (w.targets.includes(bench) && receivedMs < nowMs - HOUR) plannedMs = Math.min(plannedMs, nowMs - 10 * MIN);
      if (cancel) {
        const at = orderMs + rng.next() * (receivedMs - orderMs);
        events.push({ to: 'cancelled', at, user: agent });
      } else if (plannedMs <= nowMs) {
        tech = w.pickTech('workshop', null, bench, 8 * 60, 17 * 60, service.requiredSkills, true);
        const [ws, we] = w.window(tech, bench, 'bench', 8 * 60, 16 * 60, service.durationMinutes, 15);
        repair.technicianId = tech.tech.id;
        repair.scheduledStart = iso(ws);
        repair.scheduledEnd = iso(we);
        events.push({ to: 'planned', at: Math.min(plannedMs, ws - 10 * MIN), user: planner() });
        const started = ws + rng.int(0, 30) * MIN;
        const minutes = w.workMinutes(service.labourMinutes);
        events.push({ to: 'in_progress', at: started, user: tech.tech.id });
        let readyMs: number;
        if (rng.chance(0.22)) {
          const first = Math.min(minutes - 10, rng.int(20, 40));
          const waitAt = started + first * MIN;
          const resume = localMs(w.nextOpen(addDays(localDate(waitAt), rng.int(2, 6))), 8 * 60 + 30 + rng.int(0, 240));
          readyMs = resume + Math.max(20, minutes - first) * MIN;
          events.push({ to: 'waiting_for_parts', at: waitAt, user: tech.tech.id }, { to: 'in_progress', at: resume, user: tech.tech.id });
          pieces.push([first, waitAt], [Math.max(20, minutes - first), readyMs]);
          parts = drawParts(category, 1, readyMs);
        } else {
          readyMs = started + minutes * MIN;
          pieces.push([minutes, readyMs]);
          parts = drawParts(category, SHORT.includes(category) ? 0.5 : 0.7, readyMs);
        }
        if (started <= nowMs) repair.diagnosis = parts.length ? `${parts[0].part.nameNl}: defect, vervangen` : 'Gereinigd, afgesteld en getest; geen onderdelen nodig';
        events.push({ to: 'ready', at: readyMs, user: tech.tech.id });
        endMs = w.office(readyMs + (repair.returnMethod === 'shipment' ? rng.int(1, 3) : rng.int(1, 6)) * DAY);
        events.push({ to: 'completed', at: endMs, user: rng.pick(ctx.backOffice) });
        if (endMs <= nowMs) repair.returnedAt = iso(endMs);
      }
      if (!cancel && receivedMs <= nowMs && rng.chance(0.4)) {
        const loan = loans.issue({ repair, category, receivedMs, readyMs: endMs || Number.POSITIVE_INFINITY, charged: !warranty && rng.chance(0.5) });
        if (loan?.charged) lines.push({ ...serviceLine(receivedMs, svc('LEEN'), en, warranty), repairOrderId: repairId });
      }
    }
    const past = w.settle(repair, agent, events, out);
    // Travel is recorded on the way to the job, so jobs not yet started have none.
    if (repair.startedAt === null) Object.assign(repair, { travelKm: null, travelCostCents: 0 });
    const cancelled = past.some((e) => e.to === 'cancelled');
    const completed = past.some((e) => e.to === 'completed');
    if (tech) record(out, repair, tech, pieces, parts, location);
    for (const p of parts)
      if (p.ms <= nowMs)
        lines.push({ ...line(p.ms, 'part', { partId: p.part.id, description: en ? p.part.nameEn : p.part.nameNl, quantity: p.quantity, price: p.part.priceCents, cost: p.part.costCents, vatCode: p.part.vatCode }, warranty), repairOrderId: repairId });
    for (let i = lines.length - 1; i > 0; i--) if (Date.parse(lines[i].createdAt) > nowMs) lines.splice(i, 1);
    if (completed && kind !== 'workshop' && endMs >= nowMs - 60 * DAY) Object.assign(repair, { signature: SIGNATURE_PNG, signedBy: cust.contactName, signedAt: iso(endMs) });
    if (completed) repair.firstTimeFix = true;
    out.repairOrders.push(repair);
    const repairs = [repair];

    // About one visit in six does not fix it: a revisit under the same order, planned by hand.
    if (completed && revisitable && tech && region && rng.chance(0.17)) {
      const createdMs = w.office(endMs + rng.int(1, 8) * DAY);
      if (createdMs <= nowMs) {
        repair.firstTimeFix = false;
        repair.updatedAt = iso(createdMs);
        repair.version += 1;
        const again = repairRow(newId(createdMs), {
          number: number('RO', 'repair', createdMs),
          orderId,
          caseId: c.id,
          customerId: c.customerId,
          installedProductId: repair.installedProductId,
          serviceId: service.id,
          kind: repair.kind,
          fault: `${c.subject} (tweede bezoek)`,
          estimatedMinutes: 60,
          previousRepairOrderId: repair.id,
          createdAt: iso(createdMs),
          ...address,
        });
        const date = w.nextOpen(addDays(localDate(createdMs), rng.int(1, 4)));
        const from = rng.chance(0.5) ? 8 * 60 : 12 * 60;
        const who = rng.chance(0.5) && !tech.absent.has(date) ? tech : w.pickTech('field', region, date, from, from + 240, service.requiredSkills, false);
        const [ws, we] = w.window(who, date, `revisit${from}`, from, from + 240, 60, 30);
        Object.assign(again, { technicianId: who.tech.id, scheduledStart: iso(ws), scheduledEnd: iso(we) });
        again.travelKm = w.travelKm(who, a.lat, a.lng);
        again.travelCostCents = again.travelKm === null ? 0 : Math.round(again.travelKm * ctx.travelCostPerKmCents);
        const started = ws + rng.int(0, 20) * MIN;
        const minutes = w.workMinutes(45);
        const done = started + minutes * MIN;
        const evs: Ev[] = [
          { to: 'planned', at: Math.min(createdMs + rng.int(20, 180) * MIN, ws - HOUR), user: planner() },
          { to: 'in_progress', at: started, user: who.tech.id },
          { to: 'completed', at: done, user: who.tech.id },
        ];
        const againPast = w.settle(again, rng.pick(ctx.planners), evs, out);
        if (again.startedAt === null) Object.assign(again, { travelKm: null, travelCostCents: 0 });
        const againParts = drawParts(category, 0.4, done);
        record(out, again, who, [[minutes, done]], againParts, who.van ?? ctx.locations.workshop);
        for (const p of againParts)
          if (p.ms <= nowMs)
            lines.push({ ...line(p.ms, 'part', { partId: p.part.id, description: en ? p.part.nameEn : p.part.nameNl, quantity: p.quantity, price: p.part.priceCents, cost: p.part.costCents, vatCode: p.part.vatCode }, warranty), repairOrderId: again.id });
        if (againPast.some((e) => e.to === 'completed')) {
          again.firstTimeFix = true;
          if (done >= nowMs - 60 * DAY) Object.assign(again, { signature: SIGNATURE_PNG, signedBy: cust.contactName, signedAt: iso(done) });
          endMs = done;
        } else endMs = Number.POSITIVE_INFINITY;
        out.repairOrders.push(again);
        repairs.push(again);
      }
    }

    for (const l of lines) {
      const r = repairs.find((x) => x.id === l.repairOrderId);
      if (r?.completedAt) l.repairDoneAt = r.completedAt;
    }
    const orderLines: OrderLineRow[] = lines.map((l, i) => ({ ...l, orderId, position: i + 1 }));
    const done = !cancelled && repairs.every((r) => r.status === 'completed');
    const order: OrderRow = {
      id: orderId,
      number: number('OR', 'order', orderMs),
      customerId: c.customerId,
      caseId: c.id,
      quoteId: quote?.id ?? null,
      installedProductId: product?.id ?? null,
      status: cancelled ? 'cancelled' : done ? 'completed' : 'open',
      underWarranty: warranty,
      orderDate: localDate(orderMs),
      locale: en ? 'en' : 'nl',
      bookingId: booking?.id ?? null,
      invoiceId: null,
      completedAt: done ? iso(endMs) : null,
      invoicedAt: null,
      cancelledAt: cancelled ? repair.cancelledAt : null,
      cancelReason: cancelled ? rng.pick(CANCEL_REASONS) : null,
      createdBy: quote && quote.decidedBy === 'customer' ? null : agent,
      version: 1,
      createdAt: iso(orderMs),
      updatedAt: cancelled ? (repair.cancelledAt as string) : done ? iso(endMs) : iso(Math.max(orderMs, ...lines.map((l) => Date.parse(l.createdAt)))),
    };
    if (done) {
      const invoice = billing.add({ orderId, orderNumber: order.number, caseId: c.id, customer: cust, lines: orderLines, completedMs: endMs });
      if (invoice) Object.assign(order, { status: 'invoiced', invoiceId: invoice.id, invoicedAt: invoice.issuedAt, updatedAt: invoice.issuedAt, version: 3 });
      else order.version = 2;
    }
    out.orders.push(order);
    out.orderLines.push(...orderLines);
  }

  return {
    make,
    partUses,
    loans,
    counters,
  };
}
