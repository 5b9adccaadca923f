/**
 * Error codes travel across IPC because Electron forwards only the message of a
 * thrown error; the renderer branches on the code, the user reads the message.
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

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
