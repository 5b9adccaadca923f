import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli';
import { DEMO_UNIT_NAME } from '../../../db/demo';
import { tempDbFile, tempDir } from '../../support/temp-db';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function cli(...args: string[]) {
  const { io, out, err } = capture();
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli export, verify and import', () => {
  it('round-trips the demo unit: the imported database gives the same results, and a damaged copy fails verify', async () => {
    const unitDb = tempDbFile();
    const out = tempDir('kh-cli-out-');
    expect((await cli('demo', '--db', unitDb)).code).toBe(0);

    const exported = await cli('export', '--db', unitDb, '--unit', DEMO_UNIT_NAME, '--year', '2026', '--out', out);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toMatch(/läste tillbaka och kontrollerade det/);
    const [bundle] = fs.readdirSync(out);
    const file = path.join(out, bundle!);

    const verified = await cli('verify', file);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(new RegExp(`Paketet är helt: ${DEMO_UNIT_NAME} 2026`));
    expect(verified.out).toMatch(/kvalitetsrapport\.pdf/);

    const damaged = path.join(out, 'skadat.zip');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(damaged, bytes.subarray(0, bytes.length - 100));
    const refused = await cli('verify', damaged);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/skadat\.zip: .*(skadad|avkortad)/);

    const socialkontor = tempDbFile();
    const imported = await cli('import', '--db', socialkontor, file, damaged);
    expect(imported.code).toBe(1);
    expect(imported.out).toMatch(new RegExp(`${DEMO_UNIT_NAME} 2026 importerades`));
    expect(imported.out).toMatch(/1 av 2 paket godtogs/);
    expect((await cli('import', '--db', socialkontor, file)).out).toMatch(/redan importerad från just det här paketet/);

    for (const period of ['month', 'year']) {
      const results = (db: string) => cli('results', '--db', db, '--unit', DEMO_UNIT_NAME, '--year', '2026', '--period', period, '--format', 'csv');
      const [there, here] = await Promise.all([results(unitDb), results(socialkontor)]);
      expect(here.code).toBe(0);
      expect(here.out).toBe(there.out);
    }
  });

  it('tells which unit or year is missing, and keeps the bundle waiting when the folder cannot be reached', async () => {
    const unitDb = tempDbFile();
    await cli('demo', '--db', unitDb);
    expect((await cli('export', '--db', unitDb, '--unit', 'Finns inte', '--year', '2026', '--out', tempDir())).err).toMatch(/finns inte i databasen/);
    const missing = path.join(tempDir(), 'borta');
    const waiting = await cli('export', '--db', unitDb, '--unit', DEMO_UNIT_NAME, '--year', '2026', '--out', missing);
    expect(waiting.code).toBe(2);
    expect(waiting.err).toMatch(/går inte att nå just nu.*ligger kvar/s);
    fs.mkdirSync(missing);
    expect(await cli('export-retry', '--db', unitDb)).toMatchObject({ code: 0, out: 'Skickade 1 paket; inga väntar längre.' });
    expect(fs.readdirSync(missing)).toHaveLength(1);
  });
});

describe('cli yearbook', () => {
  it('writes the kvalitetsbokslut of the imported units as a PDF, and says when there is nothing to compare', async () => {
    const unitDb = tempDbFile();
    const out = tempDir('kh-cli-yearbook-');
    await cli('demo', '--db', unitDb);
    await cli('export', '--db', unitDb, '--unit', DEMO_UNIT_NAME, '--year', '2026', '--out', out);
    const socialkontor = tempDbFile();
    await cli('import', '--db', socialkontor, path.join(out, fs.readdirSync(out)[0]!));
    const made = await cli('yearbook', '--db', socialkontor, '--year', '2026', '--out', out);
    expect(made.code).toBe(0);
    const pdf = fs.readdirSync(out).find((name) => name.startsWith('kvalitetsbokslut-2026-'))!;
    expect(made.out).toBe(`Sparade ${path.join(out, pdf)}.`);
    expect(fs.readFileSync(path.join(out, pdf)).subarray(0, 5).toString()).toBe('%PDF-');
    const none = await cli('yearbook', '--db', socialkontor, '--year', '2031', '--out', out);
    expect(none).toMatchObject({ code: 1, err: 'Det finns inga enheter med en plan för 2031 att sammanställa. Importera enheternas årspaket först.' });
  });
});
