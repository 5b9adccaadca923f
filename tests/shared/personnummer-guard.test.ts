import { describe, expect, it } from 'vitest';
import { containsPersonalIdentityNumber, findPersonalIdentityNumbers } from '../../shared/personal-data/personnummer-guard';

describe('personnummer guard', () => {
  it.each([
    ['Ärendet gäller 811218-9876 i Norr', '811218-9876'],
    ['Pnr 198112189876', '198112189876'],
    ['19811218-9876 har kontaktats', '19811218-9876'],
    ['8112189876', '8112189876'],
    ['Över hundra år: 120304+1239', '120304+1239'],
    ['Ett barn fött 2007: 070123-4569', '070123-4569'],
    ['Samordningsnummer 701063-2391', '701063-2391'],
  ])('finds a number in %j', (text, expected) => {
    expect(findPersonalIdentityNumbers(text)).toEqual([expected]);
  });

  it.each([
    '2026-03-31',
    'Möte 31 mars 2026 kl 13.00',
    'Ring 070-123 45 67 eller 0701234569',
    '08-508 000 00',
    'Dnr SN 2026/123-7',
    'ÄLN 2017/62',
    'Löpnummer 2026-000123',
    '811218-9875',
    'Ärende 12345678',
  ])('leaves %j alone', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });
});
