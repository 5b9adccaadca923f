import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoData } from '../../../db/demo';
import { BUNDLE_FORMAT_VERSION, BUNDLE_LIMITS } from '../../../shared/bundle/format';
import { createBundleImport } from '../../../electron/services/bundle/bundle-import';
import { frozenClock, tempDir } from '../../support/temp-db';
import { testRepos, type TestRepos } from '../../support/repos';
import { exporter, tableDigest } from './bundle-fixture';

let source: TestRepos;
let target: TestRepos;
let good: Uint8Array;
const folder = tempDir('kh-tampered-');

beforeAll(async () => {
  source = testRepos();
  fillDemoData(source.repos, '2026-11-24');
  const unit = source.repos.units.list()[0]!;
  const plan = source.repos.plans.list(unit.id).find((candidate) => candidate.year === 2026)!;
  const { bundles, shared } = exporter(source.repos);
  // A copy, not the Buffer: Buffer.slice shares memory, and the tests flip bytes in their copies.
  good = new Uint8Array(fs.readFileSync(path.join(shared, (await bundles.exportPlan(plan.id)).fileName)));
  target = testRepos();
});
afterAll(() => {
  source.close();
  target.close();
});

const entriesOf = (bytes: Uint8Array) => unzipSync(bytes);
const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function withEntries(change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = entriesOf(good);
  change(entries);
  return zipSync(entries);
}

/** Imports the bytes as a file and expects a refusal with the given words and an untouched database. */
async function expectRefused(name: string, bytes: Uint8Array | null, words: RegExp, file = path.join(folder, name)) {
  if (bytes) fs.writeFileSync(file, bytes);
  const before = tableDigest(target.repos);
  const [result] = await createBundleImport(target.repos, frozenClock()).importFiles([file]);
  expect(result!.kind).toBe('refused');
  expect(result!.message).toMatch(words);
  expect(result!.message).toMatch(/^[^a-z]*\S+\.zip: /);
  expect(tableDigest(target.repos)).toBe(before);
  expect(target.repos.units.list()).toEqual([]);
}

describe('an untrusted bundle is refused whole, with a clear message', () => {
  it('one changed byte in a file', async () => {
    const changed = withEntries((entries) => {
      const data = entries['data.json']!;
      data[100] = data[100]! ^ 0x01;
    });
    await expectRefused('changed.zip', changed, /har ändrats efter exporten/);
  });

  it('one changed byte anywhere in the zip', async () => {
    const flipped = good.slice();
    flipped[Math.floor(flipped.length / 3)]! ^= 0xff;
    await expectRefused('flipped.zip', flipped, /skadad|ändrats|fel storlek|fel form/);
  });

  it('a missing file', async () => {
    await expectRefused('missing.zip', withEntries((entries) => delete entries['kvalitetsrapport.pdf']), /kvalitetsrapport\.pdf saknas/);
  });

  it('a truncated bundle and a truncated file inside it', async () => {
    await expectRefused('cut.zip', good.slice(0, Math.floor(good.length / 2)), /går inte att öppna/);
    const shortened = withEntries((entries) => {
      entries['data.json'] = entries['data.json']!.slice(0, 1000);
    });
    await expectRefused('short.zip', shortened, /fel storlek.*avkortad/);
  });

  it('an archive entry that climbs out of its folder', async () => {
    await expectRefused('climb.zip', withEntries((entries) => (entries['../../evil.json'] = encode({}))), /otillåtet namn \("\.\.\/\.\.\/evil\.json"\)/);
    await expectRefused('sub.zip', withEntries((entries) => (entries['csv/risker.csv'] = encode('x'))), /otillåtet namn/);
  });

  it('a file that is larger than a bundle may hold, before it is inflated', async () => {
    const bomb = withEntries((entries) => (entries['stor.json'] = new Uint8Array(BUNDLE_LIMITS.entryBytes + 1)));
    expect(bomb.length).toBeLessThan(1_000_000);
    await expectRefused('bomb.zip', bomb, /orimligt stor/);
    const huge = path.join(folder, 'huge.zip');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, BUNDLE_LIMITS.bundleBytes + 1);
    await expectRefused('huge.zip', null, /för stor för att vara ett årspaket/, huge);
  });

  it('a future format version and a foreign zip', async () => {
    const future = withEntries((entries) => (entries['manifest.json'] = encode({ ...json(entries['manifest.json']!), formatVersion: BUNDLE_FORMAT_VERSION + 1 })));
    await expectRefused('future.zip', future, /nyare version av Kvalitetshjulet \(format 3.*Uppdatera Kvalitetshjulet/);
    await expectRefused('foreign.zip', zipSync({ 'manifest.json': encode({ name: 'något annat' }) }), /inte ett årspaket från Kvalitetshjulet/);
  });

  it('a file the manifest does not list', async () => {
    await expectRefused('extra.zip', withEntries((entries) => (entries['extra.csv'] = encode('x'))), /extra\.csv, som inte står i innehållsförteckningen/);
  });

  it('data with correct checksums that points outside the bundle or holds a personnummer', async () => {
    const orphan = withData((data) => {
      (data.answers as { itemId: string }[])[0]!.itemId = '11111111-1111-4111-8111-111111111111';
    });
    await expectRefused('orphan.zip', orphan, /answers pekar på något som inte finns i paketet/);
    const personal = withData((data) => {
      (data.runCases as { caseRef: string }[])[0]!.caseRef = '19121212-1212';
    });
    await expectRefused('personal.zip', personal, /ser ut som ett personnummer/);
    const malformed = withData((data) => {
      (data.risks as { position: unknown }[])[0]!.position = 'först';
    });
    await expectRefused('malformed.zip', malformed, /fel form \(risks\.0\.position\)/);
  });
});

/** A hostile bundle: the data is changed and the manifest rewritten to match, so only the content checks can catch it. */
function withData(change: (data: Record<string, unknown>) => void): Uint8Array {
  return withEntries((entries) => {
    const data = json(entries['data.json']!);
    change(data);
    const bytes = encode(data);
    entries['data.json'] = bytes;
    const manifest = json(entries['manifest.json']!) as { files: { name: string; size: number; sha256: string }[] };
    const listed = manifest.files.find((file) => file.name === 'data.json')!;
    listed.size = bytes.length;
    listed.sha256 = createHash('sha256').update(bytes).digest('hex');
    entries['manifest.json'] = encode(manifest);
  });
}
