import { buildApi } from '../../../shared/ipc/build-api';
import { errorShape } from '../../../shared/errors';
import type { Envelope } from '../../../shared/ipc/envelope';

const token = document.querySelector('meta[name="kh-harness-token"]')?.getAttribute('content') ?? '';

async function invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return {
      ok: false,
      error: errorShape('INTERNAL', 'app.webHarnessDown'),
    };
  }
}

Object.defineProperty(window, 'api', { value: Object.freeze(buildApi(invoke)), writable: false });
