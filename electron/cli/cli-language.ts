import type { AnyParams, MessageKey } from '../../shared/messages/catalogue';
import { messageText } from '../../shared/messages/catalogue';
import type { Language } from '../../shared/messages/types';
import type { CliIo } from './command';

/** English when the shell's locale is English (LC_ALL before LANG, as the C library reads them), Swedish otherwise. */
export function languageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Language {
  const locale = env.LC_ALL || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Takes `--lang sv|en` (or `--lang=en`) out of the arguments, wherever it stands; it wins over the environment. */
export function takeLanguageFlag(argv: string[], fallback: Language): { language: Language; rest: string[] } {
  const rest: string[] = [];
  let language = fallback;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const value = arg === '--lang' ? argv[(index += 1)] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : null;
    if (value === null) rest.push(arg);
    else if (value === 'en' || value === 'sv') language = value;
  }
  return { language, rest };
}

/** A message from the services in the language the command line was started with. */
export function say(io: CliIo, { key, params }: { key: MessageKey; params: AnyParams }): string {
  return messageText(io.language ?? 'sv', key, params);
}
