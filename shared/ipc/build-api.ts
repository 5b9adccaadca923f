import { listChannels, type Api } from './contract';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/** One function per contract channel and nothing else: the renderer cannot name a channel itself. */
export function buildApi(invoke: Invoke): Api {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {};
  for (const { domain, verb, definition } of listChannels()) {
    (api[domain] ??= {})[verb] = (input) => invoke(definition.channel, input);
  }
  return api as unknown as Api;
}
