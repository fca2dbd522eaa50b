import { describe, expect, it } from 'vitest';
import { haversineKm, ROAD_FACTOR, roadKm, travelLegs } from './repair.geo.js';

describe('haversineKm', () => {
  it('measures Amsterdam Centraal to Utrecht Centraal as about 35 km in a straight line', () => {
    const km = haversineKm({ lat: 52.3791, lng: 4.9003 }, { lat: 52.0894, lng: 5.1101 });
    expect(km).toBeGreaterThan(34.5);
    expect(km).toBeLessThan(35.5);
  });
  it('is zero for the same place and symmetric', () => {
    const a = { lat: 51.44, lng: 5.47 };
    const b = { lat: 53.21, lng: 6.56 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });
});

describe('roadKm', () => {
  it('applies the road factor and rounds to one decimal', () => {
    const a = { lat: 52.3791, lng: 4.9003 };
    const b = { lat: 52.0894, lng: 5.1101 };
    expect(roadKm(a, b)).toBe(Math.round(haversineKm(a, b) * ROAD_FACTOR * 10) / 10);
  });
  it('is null when either place has no coordinates', () => {
    expect(roadKm({ lat: null, lng: null }, { lat: 52, lng: 5 })).toBeNull();
    expect(roadKm({ lat: 52, lng: 5 }, { lat: 52, lng: null })).toBeNull();
  });
});

describe('travelLegs', () => {
  it('gives one leg per consecutive pair and sums the known ones', () => {
    const { legs, totalKm } = travelLegs([
      { id: 'a', lat: 52.3791, lng: 4.9003 },
      { id: 'b', lat: 52.0894, lng: 5.1101 },
      { id: 'c', lat: null, lng: null },
    ]);
    expect(legs.map((l) => [l.fromJobId, l.toJobId])).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(legs[1].km).toBeNull();
    expect(totalKm).toBe(legs[0].km);
  });
  it('has no legs for a single job', () => {
    expect(travelLegs([{ id: 'a', lat: 52, lng: 5 }])).toEqual({ legs: [], totalKm: 0 });
  });
});
