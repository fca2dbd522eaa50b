/** Turns the board response into rows × days of job cards, for the technician and the workshop views alike. */
import type { Board, BoardJob } from '../repairs/types';

export interface Leg {
  fromJobId: string;
  toJobId: string;
  km: number | null;
}

export interface Cell {
  date: string;
  availableMinutes: number | null;
  plannedMinutes: number;
  jobs: BoardJob[];
  travel: Leg[];
  travelKm: number;
}

export interface Row {
  key: string;
  /** Null for the workshop row: nothing can be dropped on it. */
  technicianId: string | null;
  name: string;
  cells: Cell[];
}

const byStart = (a: BoardJob, b: BoardJob) => (a.window?.start ?? '').localeCompare(b.window?.start ?? '') || a.number.localeCompare(b.number);

export function buildRows(board: Board, workshopName: string): Row[] {
  const jobs = new Map(board.jobs.map((j) => [j.id, j]));
  if (board.view === 'workshop') {
    const cells = board.dates.map((date) => {
      const list = board.jobs.filter((j) => j.date === date).sort(byStart);
      return { date, availableMinutes: null, plannedMinutes: list.reduce((s, j) => s + j.estimatedMinutes, 0), jobs: list, travel: [], travelKm: 0 };
    });
    return [{ key: 'workshop', technicianId: null, name: workshopName, cells }];
  }
  return board.technicians.map((tech) => ({
    key: tech.id,
    technicianId: tech.id,
    name: tech.name,
    cells: board.dates.map((date) => {
      const day = tech.days.find((d) => d.date === date);
      const list = (day?.jobIds ?? []).map((id) => jobs.get(id)).filter((j): j is BoardJob => Boolean(j));
      return {
        date,
        availableMinutes: day?.availableMinutes ?? 0,
        plannedMinutes: day?.plannedMinutes ?? 0,
        jobs: list,
        travel: day?.travel ?? [],
        travelKm: day?.travelKm ?? 0,
      };
    }),
  }));
}

/** The travel leg that arrives at a job, if any. */
export const legTo = (cell: Cell, jobId: string) => cell.travel.find((l) => l.toJobId === jobId);

/** Jobs without a technician; in the workshop view those already on a day show in the workshop row instead. */
export function unplannedJobs(board: Board): BoardJob[] {
  const ids = new Set(board.unplanned);
  const onRow = (j: BoardJob) => board.view === 'workshop' && j.date !== null && board.dates.includes(j.date);
  return board.jobs.filter((j) => ids.has(j.id) && !onRow(j)).sort(byStart);
}
