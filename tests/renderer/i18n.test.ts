import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { sv } from '../../renderer/src/i18n/sv';
import { sections } from '../../renderer/src/navigation/sections';

type Tree = { [key: string]: string | Tree };

function entries(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const swedish = new Map(entries(sv));
  const english = new Map(entries(en));

  it('have the same keys in Swedish and English', () => {
    expect([...english.keys()].sort()).toEqual([...swedish.keys()].sort());
  });

  it('use the same placeholders in both languages, so no value goes missing in one of them', () => {
    for (const [key, text] of swedish) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...swedish, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('name the sections of the product in Swedish', () => {
    expect(sections.map((section) => sv.nav[section])).toEqual([
      'Översikt',
      'Kvalitetsplan',
      'Riskmatris',
      'Checklistor',
      'Resultat',
      'Avvikelser och klagomål',
      'Export och import',
      'Jämför enheter',
      'Säkerhetskopior',
    ]);
  });
});
