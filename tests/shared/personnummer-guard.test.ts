import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withConfirmedNotPersonalData, withoutPersonalData } from '../../shared/domain/free-text';
import { checkPersonalData, containsPersonalIdentityNumber, findPersonalIdentityNumbers } from '../../shared/personal-data/personnummer-guard';

describe('personnummer guard', () => {
  it.each([
    ['Ärendet gäller 811218-9876 i Norr', '811218-9876'],
    ['Pnr 198112189876', '198112189876'],
    ['19811218-9876 har kontaktats', '19811218-9876'],
    ['8112189876', '8112189876'],
    ['Över hundra år: 120304+1239', '120304+1239'],
    ['Ett barn fött 2007: 070123-4569', '070123-4569'],
    ['Samordningsnummer 701063-2391', '701063-2391'],
    ['Med mellanslag 19850709 9805 i texten', '19850709 9805'],
    ['Kort med mellanslag 850709 9805', '850709 9805'],
    ['Barn med mellanslag 070123 4569', '070123 4569'],
  ])('finds a number in %j', (text, expected) => {
    expect(findPersonalIdentityNumbers(text)).toEqual([expected]);
    expect(checkPersonalData(text)).toBe('refused');
  });

  it.each([
    '2026-03-31',
    'Möte 31 mars 2026 kl 13.00',
    'Ring 070-123 45 67 eller 0701234569',
    '070 123 45 67',
    '0701-23 45 67',
    '08-508 000 00',
    '08 508 000 00',
    '+46 70 123 45 67',
    'Dnr SN 2026/123-7',
    'ÄLN 2017/62',
    'Löpnummer 2026-000123',
    '811218-9875',
    '850709 9806',
    'Ärende 12345678',
  ])('leaves %j alone', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
    expect(checkPersonalData(text)).not.toBe('refused');
  });

  it('warns of a bare ten-digit number starting with 0 that is a valid date and passes the check digit', () => {
    expect(checkPersonalData('Ring 0701234569')).toBe('warning');
    expect(checkPersonalData('Barnet 0501011233')).toBe('warning');
    expect(checkPersonalData('Ring 0701234567')).toBe('clean');
    expect(checkPersonalData('Växeln 0850800000')).toBe('clean');
    expect(checkPersonalData('Ring 0701234569 om 811218-9876')).toBe('refused');
    expect(checkPersonalData('070-123 45 67')).toBe('clean');
  });
});

describe('a text a user writes', () => {
  const Text = withoutPersonalData(z.string());

  it('refuses a personnummer even when the user confirms', () => {
    expect(Text.safeParse('Gäller 850709 9805').success).toBe(false);
    expect(withConfirmedNotPersonalData(() => Text.safeParse('Gäller 850709 9805')).success).toBe(false);
  });

  it('refuses a number that may be one until the user says it is not, and only for that parse', () => {
    const first = Text.safeParse('Ring 0701234569');
    expect(first.success).toBe(false);
    expect(first.error?.issues[0]).toMatchObject({ code: 'custom', params: { uncertainPersonalData: true } });
    expect(withConfirmedNotPersonalData(() => Text.safeParse('Ring 0701234569'))).toMatchObject({ success: true, data: 'Ring 0701234569' });
    expect(Text.safeParse('Ring 0701234569').success).toBe(false);
  });
});
