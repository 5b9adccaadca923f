import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliUsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's parseArgs, with its English complaints turned into Swedish usage errors. */
export function parseCliArgs<O extends Options>(args: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliUsageError(`Okänd flagga: ${option ?? ''}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliUsageError(`Flaggan ${option ?? ''} behöver ett värde.`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new CliUsageError(`Oväntat argument: ${option ?? ''}`);
    throw error;
  }
}
