import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderError, folderProblem } from '../../../electron/services/shared-folder/folder-problem';
import { sha256Of, writeFileVerified } from '../../../electron/services/shared-folder/write-verified';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvh-share-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const bytes = new TextEncoder().encode('årspaket');

describe('writeFileVerified', () => {
  it('writes the file whole, leaves no temporary file and reports its checksum', async () => {
    const written = await writeFileVerified(dir, 'a.zip', bytes);
    expect(fs.readFileSync(path.join(dir, 'a.zip'))).toEqual(Buffer.from(bytes));
    expect(written).toEqual({ path: path.join(dir, 'a.zip'), size: bytes.length, sha256: sha256Of(bytes) });
    expect(fs.readdirSync(dir)).toEqual(['a.zip']);
  });

  it('never overwrites an existing file', async () => {
    fs.writeFileSync(path.join(dir, 'a.zip'), 'old');
    const error = await writeFileVerified(dir, 'a.zip', bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FolderError);
    expect((error as FolderError).problem.retryable).toBe(false);
    expect((error as FolderError).message).toMatch(/skrivs aldrig över/);
    expect(fs.readFileSync(path.join(dir, 'a.zip'), 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['a.zip']);
  });

  it('tells in Swedish that a missing folder cannot be reached, and that the export waits', async () => {
    const missing = path.join(dir, 'borta');
    const error = (await writeFileVerified(missing, 'a.zip', bytes).catch((caught: unknown) => caught)) as FolderError;
    expect(error.problem).toMatchObject({ kind: 'unreachable', retryable: true });
    expect(error.message).toMatch(/går inte att nå just nu/);
  });
});

describe('folderProblem', () => {
  it('tells that a read-only folder needs write permission', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const problem = folderProblem(Object.assign(new Error('x'), { code }), 'X:');
      expect(problem.kind).toBe('read-only');
      expect(problem.message).toMatch(/får inte skriva/);
    }
  });

  it('names a full disk and an unknown error', () => {
    expect(folderProblem(Object.assign(new Error('x'), { code: 'ENOSPC' }), 'X:').kind).toBe('full');
    expect(folderProblem(Object.assign(new Error('x'), { code: 'EWHATEVER' }), 'X:').message).toMatch(/EWHATEVER/);
  });
});
