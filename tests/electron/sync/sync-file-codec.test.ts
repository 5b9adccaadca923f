import { describe, expect, it } from 'vitest';
import { decodeSyncFile, encodeSyncFile } from '../../../electron/services/sync/file-codec';
import { parseFileName } from '../../../shared/sync/file-format';
import type { Register } from '../../../shared/sync/register';

const device = '0f8a6c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
const register: Register = {
  table: 'plans',
  rowKey: '00000001-0000-4000-8000-000000000002',
  field: 'title',
  value: JSON.stringify('Kvalitetsplan 2026'),
  hlc: '001774944000000-00001',
  device,
  base: null,
};
const body = { author: 'Anna', writtenAt: '2026-03-31T08:00:00.000Z', registers: [register], includes: {}, authors: {} };

const flipped = (bytes: Uint8Array, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};

describe('sync files on the wire', () => {
  it('reads back what it wrote, for change files and gzipped snapshots', async () => {
    expect(await decodeSyncFile(await encodeSyncFile('changes', device, body), 'changes', device)).toEqual({ ok: true, body });
    const snapshot = { ...body, includes: { [device]: ['changes-001774944000000-00002.json'] }, authors: { [device]: 'Anna' } };
    expect(await decodeSyncFile(await encodeSyncFile('snapshot', device, snapshot), 'snapshot', device)).toEqual({ ok: true, body: snapshot });
  });

  it('calls a cut-short or altered file damaged', async () => {
    const bytes = await encodeSyncFile('changes', device, body);
    expect(await decodeSyncFile(bytes.subarray(0, bytes.length - 5), 'changes', device)).toEqual({ ok: false, problem: 'damaged' });
    const titleAt = Buffer.from(bytes).indexOf('Kvalitetsplan');
    expect(await decodeSyncFile(flipped(bytes, titleAt), 'changes', device)).toEqual({ ok: false, problem: 'damaged' });
    const snapshot = await encodeSyncFile('snapshot', device, body);
    expect(await decodeSyncFile(snapshot.subarray(0, 20), 'snapshot', device)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('calls a file of something else, or of another device, foreign, and one of a newer version future', async () => {
    expect(await decodeSyncFile(Buffer.from('{"hello":"world"}'), 'changes', device)).toEqual({ ok: false, problem: 'foreign' });
    const other = '1f8a6c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(await decodeSyncFile(await encodeSyncFile('changes', device, body), 'changes', other)).toEqual({ ok: false, problem: 'foreign' });
    const newer = Buffer.from(JSON.stringify({ format: 'kvalitetshjulet-synk', formatVersion: 2, kind: 'changes', device, sha256: '0'.repeat(64), body: '{}' }));
    expect(await decodeSyncFile(newer, 'changes', device)).toEqual({ ok: false, problem: 'future' });
  });

  it('takes in no register of a table or field it does not know, nor a value that is not a column value', async () => {
    for (const bad of [{ ...register, table: 'device_settings' }, { ...register, field: 'origin' }, { ...register, value: '{"a":1}' }]) {
      const bytes = await encodeSyncFile('changes', device, { ...body, registers: [bad as Register] });
      expect(await decodeSyncFile(bytes, 'changes', device)).toEqual({ ok: false, problem: 'damaged' });
    }
  });

  it('knows its file names and nothing else', () => {
    expect(parseFileName('changes-001774944000000-00001.json')).toEqual({ kind: 'changes', stamp: '001774944000000-00001' });
    expect(parseFileName('snapshot-001774944000000-00001.json.gz')).toEqual({ kind: 'snapshot', stamp: '001774944000000-00001' });
    expect(parseFileName('changes-1.json')).toBeNull();
    expect(parseFileName('anteckningar.txt')).toBeNull();
  });
});
