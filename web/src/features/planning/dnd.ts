/** Native HTML5 drag and drop of job cards: the payload type, and a drop handler that assigns the job. */
import { useState } from 'react';
import { useAssign } from '../repairs/api';
import { addMinutes, localInstant } from '../repairs/dates';
import type { BoardJob } from '../repairs/types';

export const JOB_MIME = 'application/x-loyaal-repair';

export function startJobDrag(e: React.DragEvent, job: BoardJob): void {
  e.dataTransfer.setData(JOB_MIME, job.id);
  e.dataTransfer.setData('text/plain', job.number);
  e.dataTransfer.effectAllowed = 'move';
}

/** True while something we can drop is being dragged over. */
export const carriesJob = (e: React.DragEvent) => e.dataTransfer.types.includes(JOB_MIME);

/** Planned duration of a job: its estimate, else the length of its window, else an hour. */
export function durationOf(job: BoardJob): number {
  if (job.estimatedMinutes > 0) return job.estimatedMinutes;
  if (job.window) return Math.max(15, Math.round((new Date(job.window.end).getTime() - new Date(job.window.start).getTime()) / 60_000));
  return 60;
}

/** Where a job lands when dropped on a day without a time: its booked window start when on that day, else 08:00. */
export function defaultStart(job: BoardJob, day: string): string {
  if (job.window && job.date === day) return job.window.start;
  return localInstant(day, '08:00');
}

/** Rounds minutes of the day to a quarter of an hour. */
export const snapQuarter = (minutes: number) => Math.round(minutes / 15) * 15;

/**
 * Drop handling for a board: finds the dragged job by id and assigns it to the technician at `start`. The last
 * error stays visible until the next drop.
 */
export function useDropAssign(jobs: readonly BoardJob[]) {
  const assign = useAssign();
  const [over, setOver] = useState<string | null>(null);
  const drop = (e: React.DragEvent, technicianId: string, start: (job: BoardJob) => string) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(JOB_MIME);
    const job = jobs.find((j) => j.id === id);
    if (!job) return;
    const scheduledStart = start(job);
    assign.mutate({ id: job.id, technicianId, scheduledStart, scheduledEnd: addMinutes(scheduledStart, durationOf(job)), version: job.version });
  };
  const dragOver = (e: React.DragEvent, key: string) => {
    if (!carriesJob(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    if (over !== key) setOver(key);
  };
  const dragLeave = (key: string) => {
    if (over === key) setOver(null);
  };
  return { assign, over, drop, dragOver, dragLeave };
}
