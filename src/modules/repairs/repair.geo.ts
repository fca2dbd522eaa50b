/** Road distance is longer than the straight line; 1.3 is the usual detour factor for Dutch roads. */
export const ROAD_FACTOR = 1.3;
const EARTH_RADIUS_KM = 6371.0088;

export interface Point {
  lat: number | null;
  lng: number | null;
}

/** Great-circle distance in km between two coordinates (haversine). */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road km between two places, to one decimal; null when either has no coordinates. */
export function roadKm(a: Point, b: Point): number | null {
  if (a.lat === null || a.lng === null || b.lat === null || b.lng === null) return null;
  return Math.round(haversineKm({ lat: a.lat, lng: a.lng }, { lat: b.lat, lng: b.lng }) * ROAD_FACTOR * 10) / 10;
}

export interface Leg {
  fromJobId: string;
  toJobId: string;
  km: number | null;
}

/** The legs between consecutive jobs of one technician's day, in the order given (sort by start first). */
export function travelLegs(jobs: (Point & { id: string })[]): { legs: Leg[]; totalKm: number } {
  const legs: Leg[] = [];
  for (let i = 1; i < jobs.length; i++) legs.push({ fromJobId: jobs[i - 1].id, toJobId: jobs[i].id, km: roadKm(jobs[i - 1], jobs[i]) });
  const totalKm = Math.round(legs.reduce((sum, l) => sum + (l.km ?? 0), 0) * 10) / 10;
  return { legs, totalKm };
}
