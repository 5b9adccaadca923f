import { describe, expect, it } from 'vitest';
import { languageOfEnvironment, takeLanguageFlag } from '../../../electron/cli/cli-language';
import { runCli } from '../../../electron/cli/run-cli';
import type { Language } from '../../../shared/messages/types';
import { tempDbFile } from '../../support/temp-db';

function capture(language?: Language) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), language }, out, err };
}

describe('the command line’s language', () => {
  it('is Swedish unless LC_ALL or LANG says English, LC_ALL first', () => {
    expect(languageOfEnvironment({})).toBe('sv');
    expect(languageOfEnvironment({ LANG: 'sv_SE.UTF-8' })).toBe('sv');
    expect(languageOfEnvironment({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(languageOfEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: 'sv_SE.UTF-8' })).toBe('sv');
    expect(languageOfEnvironment({ LANG: 'sv_SE.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
  });

  it('takes --lang out of the arguments wherever it stands, and it wins over the environment', () => {
    expect(takeLanguageFlag(['plan', '--lang', 'en', '--db', 'x'], 'sv')).toEqual({ language: 'en', rest: ['plan', '--db', 'x'] });
    expect(takeLanguageFlag(['--lang=sv', 'demo'], 'en')).toEqual({ language: 'sv', rest: ['demo'] });
    expect(takeLanguageFlag(['demo'], 'en')).toEqual({ language: 'en', rest: ['demo'] });
  });

  it('prints the services’ messages in Swedish by default and in English with --lang en', async () => {
    const db = tempDbFile();
    const args = ['plan', 'import', '--db', db, '--unit', 'A', '--year', '1999', '--file', 'a.csv'];
    const swedish = capture();
    expect(await runCli(args, swedish.io)).toBe(2);
    expect(swedish.err.join('\n')).toMatch(/^Året måste vara 2000 eller senare\./);
    const english = capture();
    expect(await runCli(['--lang', 'en', ...args], english.io)).toBe(2);
    expect(english.err.join('\n')).toMatch(/^The year must be 2000 or later\./);
    const fromShell = capture('en');
    expect(await runCli(args, fromShell.io)).toBe(2);
    expect(fromShell.err.join('\n')).toMatch(/^The year must be 2000 or later\./);
  });
});
