import type { z } from 'zod';
import type { Channel } from '../../shared/ipc/channel';
import { PersonalDataConfirmation } from '../../shared/ipc/confirmation';
import { listChannels } from '../../shared/ipc/contract';
import { fail, ok, type Envelope } from '../../shared/ipc/envelope';
import { errorShape, isAppError, type AppErrorShape } from '../../shared/errors';
import { UNCERTAIN_PERSONAL_DATA, withConfirmedNotPersonalData } from '../../shared/domain/free-text';
import { zodErrorMessage } from '../../shared/messages/zod-issues';
import type { Handlers } from './handler-types';

export interface Dispatcher {
  channels: string[];
  invoke(channel: string, rawInput: unknown): Promise<Envelope<unknown>>;
}

type AnyHandler = (input: unknown) => unknown;

const isUncertain = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.params?.[UNCERTAIN_PERSONAL_DATA] === true;

/** Refused input; when all that stands in the way is a number that may be a personnummer, the user is asked. */
function validationFailure(error: z.ZodError): AppErrorShape {
  const code = error.issues.every(isUncertain) ? 'NEEDS_CONFIRMATION' : 'VALIDATION';
  return { code, ...zodErrorMessage(error) };
}

/** The input without the user's confirmation beside it, and whether it was given. */
function splitConfirmation(rawInput: unknown): { input: unknown; confirmed: boolean } | null {
  if (typeof rawInput !== 'object' || rawInput === null || !('confirmedNotPersonalData' in rawInput)) return { input: rawInput, confirmed: false };
  const { confirmedNotPersonalData, ...input } = rawInput as Record<string, unknown>;
  const flag = PersonalDataConfirmation.safeParse({ confirmedNotPersonalData });
  return flag.success ? { input, confirmed: flag.data.confirmedNotPersonalData === true } : null;
}

async function run(definition: Channel, handler: AnyHandler, rawInput: unknown): Promise<Envelope<unknown>> {
  const split = splitConfirmation(rawInput);
  if (!split) return fail(errorShape('VALIDATION', 'validation.invalidConfirmation'));
  // The handler's synchronous part too: a repository checks an answer's text against its item again.
  const scoped = <T>(work: () => T): T => (split.confirmed ? withConfirmedNotPersonalData(work) : work());
  const parsed = scoped(() => definition.input.safeParse(split.input));
  if (!parsed.success) return fail(validationFailure(parsed.error));
  try {
    const value = await scoped(() => handler(parsed.data));
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
