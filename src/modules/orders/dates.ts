const ZONE = 'Europe/Amsterdam';
const dateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** The business day (Europe/Amsterdam) of an instant, as `YYYY-MM-DD`. */
export const businessDate = (at: Date): string => dateFmt.format(at);

/** The local wall-clock time (Europe/Amsterdam) of an ISO instant, as `HH:MM`. */
export const localTime = (iso: string): string => timeFmt.format(new Date(iso));

/** Adds whole days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `dd-mm-jjjj`, as Dutch documents write dates. */
export const dutchDate = (isoDate: string): string => isoDate.split('-').reverse().join('-');
