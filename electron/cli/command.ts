import type { ZodError } from 'zod';
import type { AnyParams, MessageKey } from '../../shared/messages/catalogue';
import type { Language } from '../../shared/messages/types';
import { zodErrorMessage } from '../../shared/messages/zod-issues';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The language of the services' messages; Swedish when left out. */
  language?: Language;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIo): Promise<number> | number;
}

export class CliUsageError extends Error {
  /** A usage error from a schema: its key, so it is printed in the command line's language. */
  static fromZod(error: ZodError): CliUsageError {
    const keyed = zodErrorMessage(error);
    return Object.assign(new CliUsageError(keyed.message), { keyed });
  }

  keyed?: { key: MessageKey; params: AnyParams };
}
