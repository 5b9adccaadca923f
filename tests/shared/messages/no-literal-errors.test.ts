import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../shared/messages/catalogue';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const files = ['shared', 'db', 'electron'].flatMap(sourceFiles).map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }));

/** What stands where a message key belongs: right after the code in `new AppError(code, …)`, first in the other error makers. */
const MESSAGE_ARGUMENT = [
  /new AppError(?:<[^>]*>)?\(\s*[^,()]+,\s*([^,)]+)/g,
  /new DatabaseOpenError\(\s*([^,)]+)/g,
  /bundleError\(\s*([^,)]+)/g,
  /errorShape\(\s*[^,()]+,\s*([^,)]+)/g,
  /localized\(\s*([^,)]+)/g,
];

describe('errors carry keys, never text', () => {
  const uses = files.flatMap(({ file, text }) =>
    MESSAGE_ARGUMENT.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ file, argument: (match[1] ?? '').trim() }))),
  );

  it('finds the places that make errors', () => {
    expect(uses.length).toBeGreaterThan(80);
  });

  it('passes a catalogue key or a variable holding one, never a sentence', () => {
    for (const { file, argument } of uses) {
      expect(argument, file).not.toMatch(/[`åäöÅÄÖ]/);
      if (/^['"]/.test(argument)) expect(argument, file).toMatch(/^'\w+\.\w+'$/);
      for (const literal of argument.matchAll(/'([^']*)'/g)) expect(isMessageKey(literal[1]), `${file}: ${argument}`).toBe(true);
    }
  });

  // The command line's own usage lines are its prose, like its help text; the services' messages it prints are keyed.
  it('leaves no Swedish sentence in a thrown error in shared/, db/ or electron/ outside the command line', () => {
    for (const { file, text } of files.filter(({ file }) => !file.startsWith(path.join('electron', 'cli')))) {
      for (const match of text.matchAll(/throw new \w*Error\(([^;]*)\);/g)) {
        expect(match[1], file).not.toMatch(/['"`][^'"`]*[åäöÅÄÖ][^'"`]*['"`]/);
      }
    }
  });
});
