import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fillDemoData } from '../../db/demo';
import { errorCodes } from '../../shared/errors';
import { envelopeSchema } from '../../shared/ipc/envelope';
import { messageText } from '../../shared/messages/catalogue';
import { listChannels } from '../../shared/ipc/contract';
import type { AppServices } from '../../electron/app/app-services';
import { testServices } from '../support/services';

let services: AppServices;

/** Every row of every table, so "nothing changed" can be asserted exactly. */
function rows(): string {
  const sqlite = services.database.sqlite;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((table) => sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all()));
}

/**
 * The database before a property. The demo holds a year of checklist answers, so each run
 * compares the database's bytes first (fast) and the rows only when the bytes differ.
 */
function snapshot() {
  return { bytes: services.database.sqlite.serialize(), rows: rows() };
}

function expectUnchanged(before: ReturnType<typeof snapshot>): void {
  if (!services.database.sqlite.serialize().equals(before.bytes)) expect(rows()).toBe(before.rows);
}

beforeAll(() => {
  services = testServices();
  services.repos.settings.setUserName('Fuzz');
  fillDemoData(services.repos);
});
afterAll(() => services.close());

const malformed = fc.oneof(
  fc.anything(),
  fc.dictionary(fc.constantFrom('id', 'planId', 'unitId', 'name', 'year', 'title', 'patch', 'matrix', 'toIndex'), fc.anything()),
  fc.record({ id: fc.string(), name: fc.string({ maxLength: 1 }) }),
);

describe('every IPC channel under random and malformed input', () => {
  for (const { definition } of listChannels()) {
    it(`${definition.channel} answers with a typed error and changes nothing`, async () => {
      const before = snapshot();
      await fc.assert(
        fc.asyncProperty(malformed, async (input) => {
          fc.pre(!definition.input.safeParse(input).success);
          const result = await services.dispatcher.invoke(definition.channel, input);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(envelopeSchema(z.unknown()).safeParse(result).success).toBe(true);
            expect(result.error.message).toBe(messageText('sv', result.error.key, result.error.params));
            expect(messageText('en', result.error.key, result.error.params)).not.toMatch(/[åäö]/);
          }
          expectUnchanged(before);
        }),
        { numRuns: 40 },
      );
    });
  }
});

describe('every channel that takes an id, given one that does not exist', () => {
  const byId = listChannels().filter(({ definition }) => definition.input.safeParse({ id: '00000000-0000-4000-8000-000000000000' }).success);

  it('covers the channels that read or change one thing', () => {
    expect(byId.map((entry) => entry.definition.channel)).toEqual(expect.arrayContaining(['plans:get', 'risks:remove', 'controls:remove']));
  });

  for (const { definition } of byId) {
    it(`${definition.channel} says NOT_FOUND and changes nothing`, async () => {
      const before = snapshot();
      await fc.assert(
        fc.asyncProperty(fc.uuid({ version: 4 }), async (id) => {
          const result = await services.dispatcher.invoke(definition.channel, { id });
          expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
          expectUnchanged(before);
        }),
        { numRuns: 10 },
      );
    });
  }
});
