import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../db/backups/list';
import { runCli } from '../../../electron/cli/run-cli';
import { allRowsOfFile, damagePages, filesIn } from '../../support/backups';
import { tempDbFile } from '../../support/temp-db';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function cli(...args: string[]) {
  const { io, out, err } = capture();
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli backup', () => {
  it('lists, takes and restores backups', async () => {
    const file = tempDbFile();
    expect((await cli('demo', '--db', file)).code).toBe(0);
    expect(await cli('backup', 'list', '--db', file)).toMatchObject({ code: 0, out: expect.stringMatching(/Det finns inga säkerhetskopior.*backup create --db/) });

    const created = await cli('backup', 'create', '--db', file);
    expect(created).toMatchObject({ code: 0, out: expect.stringMatching(/^Tog en säkerhetskopia: .*manuell-.*\.sqlite \(\d+(,\d)? [kM]B\)\.$/) });
    const [backup] = listBackups(file);
    const listed = await cli('backup', 'list', '--db', file);
    expect(listed.out).toMatch(new RegExp(`Tagen för hand +[\\d,]+ [kM]B +${backup!.id.replace(/\./g, '\\.')}`));

    const backupRows = allRowsOfFile(backup!.file);
    expect((await cli('demo', '--db', file)).code).toBe(0);
    const restored = await cli('backup', 'restore', '--db', file, backup!.id);
    expect(restored).toMatchObject({ code: 0, out: expect.stringMatching(/är återställd\.\nUppgifterna från före återställningen finns kvar som säkerhetskopian .*fore-aterstallning/) });
    expect(allRowsOfFile(file)).toBe(backupRows);
  });

  it('says which backups exist when the named one does not, and asks for a name when none is given', async () => {
    const file = tempDbFile();
    await cli('backup', 'create', '--db', file);
    expect(await cli('backup', 'restore', '--db', file, 'finns-inte.sqlite')).toMatchObject({
      code: 1,
      err: `Säkerhetskopian finns-inte.sqlite finns inte. Se vilka som finns med: npm run cli -- backup list --db "${file}"`,
    });
    expect(await cli('backup', 'restore', '--db', file)).toMatchObject({ code: 2, err: expect.stringMatching(/^Ange vilken säkerhetskopia/) });
    expect(await cli('backup', 'copy', '--db', file)).toMatchObject({ code: 2, err: expect.stringMatching(/^Okänd åtgärd: copy/) });
  });

  it('tells how to restore a damaged database, and restores it with the damaged file kept aside', async () => {
    const file = tempDbFile();
    await cli('demo', '--db', file);
    await cli('backup', 'create', '--db', file);
    const [backup] = listBackups(file);
    damagePages(file);
    const damaged = fs.readFileSync(file);

    const refused = await cli('demo', '--db', file);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('är skadad och kan inte användas');
    expect(refused.err).toContain(`Återställ den med kommandot:\n  npm run cli -- backup restore --db "${file}" ${backup!.id}`);
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);

    const restored = await cli('backup', 'restore', '--db', file, backup!.id);
    expect(restored).toMatchObject({ code: 0, out: expect.stringMatching(/^Databasen var skadad\. Säkerhetskopian från .* är återställd\.\nDen skadade filen finns kvar som .*\.skadad-/) });
    const aside = filesIn(path.dirname(file)).find((name) => /\.skadad-.*Z$/.test(name));
    expect(aside && fs.readFileSync(path.join(path.dirname(file), aside)).equals(damaged)).toBe(true);
    expect((await cli('demo', '--db', file)).out).toMatch(/Exempelplanerna fanns redan/);
  });
});
