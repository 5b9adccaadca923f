import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '../../../shared/ipc/build-api';
import { contract, listChannels } from '../../../shared/ipc/contract';

describe('preload api', () => {
  it("exposes exactly the contract's domains and verbs, all as functions", () => {
    const api = buildApi(vi.fn()) as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    for (const [domain, verbs] of Object.entries(contract)) {
      expect(Object.keys(api[domain] ?? {}).sort()).toEqual(Object.keys(verbs).sort());
      for (const verb of Object.keys(verbs)) expect(typeof api[domain]?.[verb]).toBe('function');
    }
  });

  it('sends each call on its own channel with the input untouched', async () => {
    const invoke = vi.fn(async (channel: string) => ({ ok: true, value: channel }));
    const api = buildApi(invoke) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
    for (const { domain, verb, definition } of listChannels()) {
      const input = { probe: definition.channel };
      await expect(api[domain]?.[verb]?.(input)).resolves.toEqual({ ok: true, value: definition.channel });
      expect(invoke).toHaveBeenLastCalledWith(definition.channel, input);
    }
    expect(invoke).toHaveBeenCalledTimes(listChannels().length);
  });
});
