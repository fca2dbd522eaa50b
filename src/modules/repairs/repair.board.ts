import type { Actor } from '../../kernel/context.js';
import { AppError } from '../../kernel/errors.js';
import { isTechnician, userIdOf } from './repair.access.js';
import type { Board, BoardJob, BoardQuery } from './board.schema.js';
import { addressOf, contactPhone } from './repair.mapping.js';
import { repairRepo } from './repair.repo.js';
import { travelLegs } from './repair.geo.js';
import { isFinal } from './repair.status.js';
import { daysBetweenDates, localDate, nextDate, startOfLocalDay } from './repair.time.js';
import type { RepairsDeps, ServiceInfo, Tx } from './repairs.deps.js';
import type { RepairKind, RepairOrderRow } from './repairs.table.js';

const MAX_BOARD_DAYS = 31;

type Job = BoardJob & { row: RepairOrderRow; customerPhone: string | null };

/** The planning board and the technician's own day: read models over repair orders. */
export function createRepairBoard(deps: RepairsDeps) {
  const { db } = deps;

  /** Looks up the services and customers of all rows at once: two queries each, however many jobs. */
  async function toJobs(rows: RepairOrderRow[], exec: Tx = db): Promise<Job[]> {
    const services = new Map<string, ServiceInfo | undefined>();
    const customers = new Map<string, { name: string; phone: string | null }>();
    const serviceIds = [...new Set(rows.map((r) => r.serviceId).filter((s): s is string => s !== null))];
    for (const s of await deps.catalog.getServices(serviceIds, exec)) services.set(s.id, s);
    for (const c of await deps.customers.summaries([...new Set(rows.map((r) => r.customerId))], exec))
      customers.set(c.id, { name: c.name, phone: contactPhone(c.contacts) });
    return rows.map((r) => {
      const service = r.serviceId ? services.get(r.serviceId) : undefined;
      return {
        row: r,
        customerPhone: customers.get(r.customerId)?.phone ?? null,
        id: r.id,
        number: r.number,
        kind: r.kind,
        status: r.status,
        technicianId: r.technicianId,
        window: r.scheduledStart && r.scheduledEnd ? { start: r.scheduledStart, end: r.scheduledEnd } : null,
        date: r.scheduledStart ? localDate(r.scheduledStart) : null,
        customerId: r.customerId,
        customerName: customers.get(r.customerId)?.name ?? '',
        address: addressOf(r),
        postcode: r.postcode,
        serviceId: r.serviceId,
        serviceName: service?.nameNl ?? null,
        requiredSkills: service?.requiredSkills ?? [],
        estimatedMinutes: r.estimatedMinutes,
        version: r.version,
      };
    });
  }

  /** The board shows no phone numbers; only the technician's own day does. */
  const strip = ({ row: _row, customerPhone: _phone, ...job }: Job): BoardJob => job;

  return {
    /** Repair orders whose window starts within the local dates `from`..`to` (inclusive), in time order. */
    async jobsBetween(from: string, to: string, opts: { technicianId?: string; kinds?: RepairKind[] } = {}, exec: Tx = db) {
      return repairRepo.scheduledBetween(exec, startOfLocalDay(from), startOfLocalDay(nextDate(to)), opts);
    },

    async board(q: BoardQuery): Promise<Board> {
      const span = daysBetweenDates(q.from, q.to);
      if (span < 0 || span >= MAX_BOARD_DAYS) throw new AppError('unprocessable', { detail: `Show between 1 and ${MAX_BOARD_DAYS} days.` });
      const dates: string[] = [];
      for (let d = q.from; dates.length <= span; d = nextDate(d)) dates.push(d);
      const kinds: RepairKind[] = q.view === 'workshop' ? ['workshop'] : ['home', 'delivery'];
      const [scheduled, unscheduled, technicians] = await Promise.all([
        repairRepo.scheduledBetween(db, startOfLocalDay(q.from), startOfLocalDay(nextDate(q.to)), { kinds }),
        repairRepo.openWithoutWindow(db, kinds, 500),
        deps.users.technicians(),
      ]);
      const jobs = await toJobs([...scheduled, ...unscheduled]);
      const capacity = await deps.planning.technicianDays(
        technicians.map((t) => t.id),
        q.from,
        q.to,
      );
      const available = new Map(capacity.map((c) => [`${c.userId}|${c.date}`, c.availableMinutes]));
      return {
        from: q.from,
        to: q.to,
        view: q.view,
        dates,
        technicians: technicians.map((t) => ({
          id: t.id,
          name: t.name,
          skills: t.skills,
          days: dates.map((date) => {
            const mine = jobs.filter((j) => j.technicianId === t.id && j.date === date);
            const { legs, totalKm } = travelLegs(mine.map((j) => ({ id: j.id, lat: j.address?.lat ?? null, lng: j.address?.lng ?? null })));
            return {
              date,
              availableMinutes: Math.round(available.get(`${t.id}|${date}`) ?? 0),
              plannedMinutes: mine.reduce((s, j) => s + j.estimatedMinutes, 0),
              jobIds: mine.map((j) => j.id),
              travel: legs,
              travelKm: totalKm,
            };
          }),
        })),
        jobs: jobs.map(strip),
        unplanned: jobs.filter((j) => j.technicianId === null && !isFinal(j.status)).map((j) => j.id),
      };
    },

    /** A technician's jobs on one local date, in time order; a technician only ever gets their own. */
    async technicianJobs(actor: Actor, date: string, technicianId?: string) {
      const me = userIdOf(actor) ?? '';
      const who = isTechnician(actor) ? me : (technicianId ?? me);
      const rows = await repairRepo.scheduledBetween(db, startOfLocalDay(date), startOfLocalDay(nextDate(date)), { technicianId: who });
      const jobs = await toJobs(rows);
      return {
        date,
        technicianId: who,
        items: jobs.map((j) => ({
          ...strip(j),
          customerPhone: j.customerPhone,
          fault: j.row.fault,
          caseId: j.row.caseId,
          orderId: j.row.orderId,
          startedAt: j.row.startedAt,
          completedAt: j.row.completedAt,
        })),
      };
    },
  };
}

export type RepairBoard = ReturnType<typeof createRepairBoard>;
