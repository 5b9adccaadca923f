import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listChannels } from '../../shared/ipc/contract';
import type { AppServices } from '../../electron/app/app-services';
import { testServices } from '../support/services';

let services: AppServices;
beforeEach(() => {
  services = testServices();
  services.repos.settings.setUserName('AB');
});
afterEach(() => services.close());

describe('dispatcher', () => {
  it('serves exactly the channels of the contract, all named domain:verb', () => {
    const names = listChannels().map((entry) => entry.definition.channel);
    expect([...services.dispatcher.channels].sort()).toEqual([...names].sort());
    for (const { domain, verb, definition } of listChannels()) expect(definition.channel).toBe(`${domain}:${verb}`);
  });

  it('runs a request through to SQLite and back', async () => {
    const created = await services.dispatcher.invoke('units:create', { name: '  Familjerätten  ' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Familjerätten' } });
    const listed = await services.dispatcher.invoke('units:list', {});
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Familjerätten' }] });
  });

  it('answers bad input with a keyed VALIDATION error, Swedish in its message, and writes nothing', async () => {
    for (const input of [undefined, null, 'x', { name: 'A' }, { name: 5 }, { name: 'Ok namn', extra: 1 }]) {
      const result = await services.dispatcher.invoke('units:create', input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    const tooShort = await services.dispatcher.invoke('units:create', { name: 'A' });
    expect(tooShort).toEqual({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation.unitNameShort', params: { field: 'name', minimum: 2 }, message: 'Enhetens namn måste ha minst 2 tecken.' },
    });
    expect(services.repos.units.list()).toEqual([]);
  });

  it('refuses a year out of range', async () => {
    const unit = services.repos.units.create('Enhet A');
    const result = await services.dispatcher.invoke('plans:create', { unitId: unit.id, year: 1999 });
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation.planYearEarly', params: { field: 'year', minimum: 2000 }, message: 'Året måste vara 2000 eller senare.' },
    });
  });

  it('passes domain errors through with their code', async () => {
    const unit = services.repos.units.create('Enhet A');
    await services.dispatcher.invoke('plans:create', { unitId: unit.id, year: 2026 });
    const again = await services.dispatcher.invoke('plans:create', { unitId: unit.id, year: 2026 });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    expect(await services.dispatcher.invoke('units:drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', key: 'app.unknownChannel', params: { channel: 'units:drop' } },
    });
  });

  it('keys an input that a schema has no own message for by the zod issue, so every language can say it', async () => {
    const result = await services.dispatcher.invoke('units:create', { name: 'Ok namn', extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', key: 'validation.unrecognizedKeys', params: { keys: 'extra' } } });
    const typed = await services.dispatcher.invoke('units:create', { name: 5 });
    expect(typed).toMatchObject({ ok: false, error: { key: 'validation.unitNameMissing' } });
  });

  it('hides internal errors behind a Swedish message', async () => {
    services.database.sqlite.exec('DROP TABLE plans');
    const result = await services.dispatcher.invoke('plans:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', key: 'app.internal', message: expect.stringMatching(/Något gick fel/) } });
  });
});

describe('personal data', () => {
  it('refuses a personnummer in a unit name or plan title and writes nothing', async () => {
    const unitResult = await services.dispatcher.invoke('units:create', { name: 'Enhet 811218-9876' });
    expect(unitResult).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', key: 'validation.personalIdentityNumber', message: expect.stringMatching(/personnummer/) },
    });
    const unit = services.repos.units.create('Enhet A');
    const planResult = await services.dispatcher.invoke('plans:create', { unitId: unit.id, year: 2026, title: 'Plan 198112189876' });
    expect(planResult).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(services.repos.plans.list()).toEqual([]);
  });
});
