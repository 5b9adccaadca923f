import type { Channel } from '../../shared/ipc/channel';
import { listChannels } from '../../shared/ipc/contract';
import { fail, ok, type Envelope } from '../../shared/ipc/envelope';
import { errorShape, isAppError } from '../../shared/errors';
import { zodErrorMessage } from '../../shared/messages/zod-issues';
import type { Handlers } from './handler-types';

export interface Dispatcher {
  channels: string[];
  invoke(channel: string, rawInput: unknown): Promise<Envelope<unknown>>;
}

type AnyHandler = (input: unknown) => unknown;

async function run(definition: Channel, handler: AnyHandler, rawInput: unknown): Promise<Envelope<unknown>> {
  const parsed = definition.input.safeParse(rawInput);
  if (!parsed.success) return fail({ code: 'VALIDATION', ...zodErrorMessage(parsed.error) });
  try {
    const value = await handler(parsed.data);
    return ok(definition.output.parse(value));
  } catch (error) {
    if (isAppError(error)) return fail(error.toShape());
    console.error(`[ipc] ${definition.channel} failed`, error);
    return fail(errorShape('INTERNAL', 'app.internal'));
  }
}

/** Maps every contract channel to its handler; both the Electron IPC and the web harness call through this. */
export function createDispatcher(handlers: Handlers): Dispatcher {
  const table = new Map<string, { definition: Channel; handler: AnyHandler }>();
  for (const { domain, verb, definition } of listChannels()) {
    const handler = (handlers as unknown as Record<string, Record<string, AnyHandler>>)[domain]?.[verb];
    if (!handler) throw new Error(`No handler for ${definition.channel}`);
    table.set(definition.channel, { definition, handler });
  }
  return {
    channels: [...table.keys()],
    async invoke(channel, rawInput) {
      const entry = table.get(channel);
      if (!entry) return fail(errorShape('UNKNOWN_CHANNEL', 'app.unknownChannel', { channel }));
      return run(entry.definition, entry.handler, rawInput);
    },
  };
}
