import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { Envelope, FORMAT, FORMAT_VERSION, parseBody, type SyncFileBody, type SyncFileKind } from '../../../shared/sync/file-format';
import { toWire } from '../../../shared/sync/register';
import type { SyncProblemKind } from '../../../shared/ipc/sync';
import { sha256Of } from '../shared-folder/write-verified';

const zip = promisify(gzip);
const unzip = promisify(gunzip);

export async function encodeSyncFile(kind: SyncFileKind, device: string, body: SyncFileBody): Promise<Uint8Array> {
  const text = JSON.stringify({
    author: body.author,
    writtenAt: body.writtenAt,
    registers: body.registers.map(toWire),
    ...(kind === 'snapshot' ? { includes: body.includes, authors: body.authors } : {}),
  });
  const envelope = JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, kind, device, sha256: sha256Of(Buffer.from(text)), body: text });
  const bytes = Buffer.from(envelope);
  return kind === 'snapshot' ? zip(bytes) : bytes;
}

export type Decoded = { ok: true; body: SyncFileBody } | { ok: false; problem: SyncProblemKind };

/**
 * Reads a file of another device (or one's own) without trusting it: unpacked, parsed, its
 * checksum compared, its kind, device and every register checked. Anything short of that is
 * a problem with a name, never an exception that stops the round.
 */
export async function decodeSyncFile(bytes: Uint8Array, kind: SyncFileKind, device: string): Promise<Decoded> {
  let text: string;
  try {
    text = Buffer.from(kind === 'snapshot' ? await unzip(bytes) : bytes).toString('utf8');
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const looksOurs = typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === FORMAT;
  if (!looksOurs) return { ok: false, problem: 'foreign' };
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) return { ok: false, problem: 'future' };
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, problem: 'damaged' };
  if (envelope.data.kind !== kind || envelope.data.device !== device) return { ok: false, problem: 'foreign' };
  if (sha256Of(Buffer.from(envelope.data.body)) !== envelope.data.sha256) return { ok: false, problem: 'damaged' };
  const body = parseBody(envelope.data.body);
  if (!body) return { ok: false, problem: 'damaged' };
  if (body.registers.some((register) => kind === 'changes' && register.device !== device)) return { ok: false, problem: 'foreign' };
  return { ok: true, body };
}
