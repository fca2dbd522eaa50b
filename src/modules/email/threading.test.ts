import { describe, expect, it } from 'vitest';
import { caseNumberFromSubject, messageIdList, normaliseMessageId, threadCandidates } from './threading.js';

describe(normaliseMessageId.name, () => {
  it.each([
    ['<abc@example.nl>', 'abc@example.nl'],
    ['  <abc@example.nl>  ', 'abc@example.nl'],
    ['abc@example.nl', 'abc@example.nl'],
    ['(comment) <Abc.DEF@Example.nl> (x)', 'Abc.DEF@Example.nl'],
    ['<CAF=+abc_1-2$@mail.gmail.com>', 'CAF=+abc_1-2$@mail.gmail.com'],
    ['<long-id-\r\n folded@example.nl>', 'long-id-folded@example.nl'],
    ['<no-at-sign>', 'no-at-sign'],
    ['', null],
    ['<>', null],
    ['<has space@x>', null],
    ['<a\u0000b@x>', null],
    ['<a\u200Bb@x>', null],
    ['<a\u202Eb@x>', null],
    [`<${'x'.repeat(501)}@x>`, null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseMessageId(input)).toBe(expected);
  });

  it('rejects non-strings without throwing', () => {
    expect(normaliseMessageId(undefined as unknown as string)).toBeNull();
  });
});

describe(messageIdList.name, () => {
  it('takes bracketed ids in order without duplicates', () => {
    expect(messageIdList('<a@x> <b@x>\r\n <a@x> <c@x>')).toEqual(['a@x', 'b@x', 'c@x']);
  });

  it('skips the phrases of old-style In-Reply-To values', () => {
    expect(messageIdList('Your message of "Tue, 14 Jan" <p1@example.nl>')).toEqual(['p1@example.nl']);
  });

  it('falls back to white-space separated words when nothing is bracketed', () => {
    expect(messageIdList('a@x  b@x,c@x')).toEqual(['a@x', 'b@x', 'c@x']);
  });

  it('joins repeated headers', () => {
    expect(messageIdList(['<a@x>', '<b@x>'])).toEqual(['a@x', 'b@x']);
  });

  it('keeps the thread root and the newest ids of a long list', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `<r${i}@x>`).join(' ');
    const list = messageIdList(ids);
    expect(list).toHaveLength(100);
    expect(list[0]).toBe('r0@x');
    expect(list[1]).toBe('r401@x');
    expect(list.at(-1)).toBe('r499@x');
  });

  it('gives nothing for empty input', () => {
    expect(messageIdList(undefined)).toEqual([]);
    expect(messageIdList('')).toEqual([]);
  });
});

describe(threadCandidates.name, () => {
  it('tries In-Reply-To first, then References newest first', () => {
    expect(threadCandidates({ inReplyTo: ['p@x'], references: ['root@x', 'mid@x', 'p@x'] })).toEqual(['p@x', 'mid@x', 'root@x']);
  });
});

describe(caseNumberFromSubject.name, () => {
  it.each([
    ['Z-2026-000123', 'Z-2026-000123'],
    ['[Z-2026-000123] Uw vraag', 'Z-2026-000123'],
    ['Re: Uw vraag (Z-2026-000123)', 'Z-2026-000123'],
    ['RE: FW: z-2026-000123 retour', 'Z-2026-000123'],
    ['Antw: Re: [Zaak Z-2025-001234]', 'Z-2025-001234'],
    ['Z-2026-1234567 groot jaar', 'Z-2026-1234567'],
    ['#Z-2026-000123#', 'Z-2026-000123'],
    ['Z-2026-00\u200B0123', 'Z-2026-000123'],
    ['eerst [Z-2026-000001] dan [Z-2026-000002]', 'Z-2026-000001'],
    ['XZ-2026-000123', null],
    ['Z-2026-00012', null],
    ['Z-2026-0001234567', null],
    ['Z-26-000123', null],
    ['Z2026000123', null],
    ['Geen nummer', null],
    ['', null],
  ])('%j → %j', (subject, expected) => {
    expect(caseNumberFromSubject(subject)).toBe(expected);
  });
});
