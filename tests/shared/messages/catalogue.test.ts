import { describe, expect, it } from 'vitest';
import { AppError, errorShape } from '../../../shared/errors';
import { allMessageKeys, isMessageKey, messageEntry, messageText } from '../../../shared/messages/catalogue';
import { placeholdersOf } from '../../../shared/messages/render';

const formatsOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g)].map((match) => `${match[1]}:${match[2] ?? ''}`).sort();

describe('message catalogue', () => {
  const keys = allMessageKeys();

  it('holds every key in Swedish and English, neither empty', () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const { sv, en } = messageEntry(key);
      expect(sv?.trim(), `${key} sv`).toBeTruthy();
      expect(en?.trim(), `${key} en`).toBeTruthy();
    }
  });

  it('uses the same params, with the same formats, in both languages', () => {
    for (const key of keys) {
      const { sv, en } = messageEntry(key);
      expect(placeholdersOf(en), key).toEqual(placeholdersOf(sv));
      expect(formatsOf(en), key).toEqual(formatsOf(sv));
    }
  });

  it('has English texts without Swedish letters, and Swedish texts that differ from them', () => {
    for (const key of keys) {
      const { sv, en } = messageEntry(key);
      expect(en, key).not.toMatch(/[åäöÅÄÖ]/);
      if (sv !== '{{file}}: {{problem}}' && !sv.startsWith('Okänd kanal') && !sv.startsWith('Uppgifterna')) expect(en, key).not.toBe(sv);
    }
  });

  it('knows its own keys and nothing else', () => {
    for (const key of keys) expect(isMessageKey(key)).toBe(true);
    for (const wrong of ['units', 'units.', 'units.nope', 'toString.x', 'units.duplicateName.extra', 'Det finns redan en enhet', 42]) {
      expect(isMessageKey(wrong)).toBe(false);
    }
  });

  it('fills params and formats dates per language', () => {
    expect(messageText('sv', 'units.duplicateName', { name: 'Familjerätten' })).toBe('Det finns redan en enhet som heter ”Familjerätten”. Välj ett annat namn.');
    expect(messageText('en', 'units.duplicateName', { name: 'Familjerätten' })).toBe('There is already a unit called “Familjerätten”. Choose another name.');
    const takenAt = '2026-03-04T09:05:00.000Z';
    const sv = messageText('sv', 'backups.newerVersion', { takenAt });
    const en = messageText('en', 'backups.newerVersion', { takenAt });
    expect(sv).toContain(new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(takenAt)));
    expect(en).toContain(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(takenAt)));
    expect(en).toContain('March');
  });

  it('gives an AppError its key, its params and the Swedish text as message', () => {
    const error = new AppError('CONFLICT', 'plan.alreadyExists', { unit: 'Barn och unga', year: 2026 });
    expect(error.toShape()).toEqual({
      code: 'CONFLICT',
      key: 'plan.alreadyExists',
      params: { unit: 'Barn och unga', year: 2026 },
      message: 'Barn och unga har redan en kvalitetsplan för 2026. Öppna den i stället för att skapa en ny.',
    });
    expect(errorShape('LOCKED', 'plan.adoptedLocked')).toMatchObject({ key: 'plan.adoptedLocked', params: {} });
  });
});
