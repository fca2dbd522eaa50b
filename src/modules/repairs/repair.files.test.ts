import { describe, expect, it } from 'vitest';
import { imageTypeOf, validateSignature } from './repair.files.js';
import { labourCostCents, travelCostCents } from './repair.work.js';

/** A real 1×1 PNG. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('validateSignature', () => {
  it('accepts a PNG data URL and returns its size', () => {
    expect(validateSignature(`data:image/png;base64,${TINY_PNG.toString('base64')}`)).toBe(TINY_PNG.length);
  });
  it.each([
    ['another image type', `data:image/jpeg;base64,${TINY_PNG.toString('base64')}`],
    ['bytes that are no PNG', `data:image/png;base64,${Buffer.from('hello world, this is not a png at all').toString('base64')}`],
    ['broken base64', 'data:image/png;base64,@@@@'],
    ['an empty image', 'data:image/png;base64,'],
  ])('refuses %s with 422', (_what, url) => {
    expect(() => validateSignature(url)).toThrow(expect.objectContaining({ code: 'unprocessable', subcode: 'repair.bad_signature' }));
  });
  it('refuses a PNG over 200 KB', () => {
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(200 * 1024)]);
    expect(() => validateSignature(`data:image/png;base64,${big.toString('base64')}`)).toThrow(/200 KB/);
  });
});

describe('imageTypeOf', () => {
  it('knows PNG, JPEG and WebP by their bytes', () => {
    expect(imageTypeOf(TINY_PNG)?.contentType).toBe('image/png');
    expect(imageTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))?.contentType).toBe('image/jpeg');
    expect(imageTypeOf(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))?.contentType).toBe('image/webp');
    expect(imageTypeOf(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('costs', () => {
  it('rounds labour half up to the cent: 45 min at € 52,50/h is € 39,38', () => {
    expect(labourCostCents(45, 5250)).toBe(3938);
    expect(labourCostCents(60, 5250)).toBe(5250);
    expect(labourCostCents(1, 100)).toBe(2);
  });
  it('prices travel per km to the cent', () => {
    expect(travelCostCents(12.5, 23)).toBe(288);
    expect(travelCostCents(0, 23)).toBe(0);
  });
});
