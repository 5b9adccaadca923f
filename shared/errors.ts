import { z } from 'zod';
import { isMessageKey, messageText, type AnyParams, type MessageKey, type ParamsArg } from './messages/catalogue';

/**
 * Errors travel across IPC as plain data because Electron forwards only the message of
 * a thrown error. The renderer branches on the code and shows the key's text in the
 * user's language; the Swedish message stays for logs and callers that predate keys.
 */
export const errorCodes = [
  'VALIDATION',
  /** Refused until the user confirms: a text holds a number that may be a personnummer. */
  'NEEDS_CONFIRMATION',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const MessageKeySchema = z.custom<MessageKey>(isMessageKey, { message: 'Unknown message key' });
export const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** A text for the user as data: the key and params the user's language renders, and the Swedish rendering. */
export const LocalizedMessage = z.object({ key: MessageKeySchema, params: MessageParamsSchema, message: z.string() });
export type LocalizedMessage = z.infer<typeof LocalizedMessage>;

export const AppErrorShape = LocalizedMessage.extend({ code: z.enum(errorCodes) });
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export class AppError<K extends MessageKey = MessageKey> extends Error {
  readonly code: ErrorCode;
  readonly key: K;
  readonly params: AnyParams;

  constructor(code: ErrorCode, key: K, ...[params]: ParamsArg<K>) {
    super(messageText('sv', key, params ?? {}));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = params ?? {};
  }

  /** An error from a message already made elsewhere, such as a folder problem or a zod issue. */
  static of(code: ErrorCode, { key, params }: { key: MessageKey; params: AnyParams }): AppError {
    return new AppError(code, key, params as never);
  }

  toShape(): AppErrorShape {
    return { code: this.code, key: this.key, params: this.params, message: this.message };
  }
}

/** A key's text as data, for lists of problems and results that cross to the renderer. */
export function localized<K extends MessageKey>(key: K, ...[params]: ParamsArg<K>): LocalizedMessage {
  return { key, params: params ?? {}, message: messageText('sv', key, params ?? {}) };
}

/** The envelope error for a key, with its Swedish message filled in. */
export function errorShape<K extends MessageKey>(code: ErrorCode, key: K, ...[params]: ParamsArg<K>): AppErrorShape {
  return { code, ...localized<MessageKey>(key, params as never) };
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
