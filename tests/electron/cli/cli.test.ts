import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { DEMO_UNIT_NAME } from '../../../db/demo';
import { testServices } from '../../support/services';
import { tempDbFile } from '../../support/temp-db';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('cli', () => {
  it('prints Swedish help', async () => {
    const { io, out } = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Användning: npm run cli -- <kommando>/);
    expect(out.join('\n')).toMatch(/demo --db <fil>/);
  });

  it('fills a database with the demo unit and its plans, once', async () => {
    const file = tempDbFile();
    const first = capture();
    expect(await runCli(['demo', '--db', file], first.io)).toBe(0);
    expect(first.out.join('\n')).toMatch(/Nya kvalitetsplaner: 2025, 2026/);
    const second = capture();
    expect(await runCli(['demo', '--db', file], second.io)).toBe(0);

    const services = testServices(file);
    expect(services.repos.units.list().map((u) => u.name)).toEqual([DEMO_UNIT_NAME]);
    expect(services.repos.plans.list().map((p) => p.year)).toEqual([2026, 2025]);
    services.close();
  });

  it('explains a missing --db, an unknown flag and an unknown command with exit code 2', async () => {
    const missing = capture();
    expect(await runCli(['demo'], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toMatch(/Ange databasfilen med --db/);
    const flag = capture();
    expect(await runCli(['demo', '--dbx', 'a'], flag.io)).toBe(2);
    expect(flag.err.join('\n')).toMatch(/Okänd flagga: --dbx/);
    const unknown = capture();
    expect(await runCli(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.err.join('\n')).toMatch(/Okänt kommando: frobnicate/);
  });
});
