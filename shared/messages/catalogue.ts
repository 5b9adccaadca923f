import { appMessages } from './app';
import { backupMessages } from './backups';
import { bundleMessages } from './bundles';
import { checklistMessages } from './checklists';
import { comparisonMessages } from './comparison';
import { databaseMessages } from './database';
import { folderMessages } from './folders';
import { planMessages } from './plan';
import { interpolate } from './render';
import { reportMessages } from './reports';
import { resultMessages } from './results';
import { riskMatrixMessages } from './risk-matrix';
import { syncMessages } from './sync';
import type { Language, MessageText, ParamValue, Placeholders } from './types';
import { unitMessages } from './units';
import { validationMessages } from './validation';

/** Every message the main side can send the user, by domain; the key is `domain.name`. */
export const catalogue = {
  app: appMessages,
  units: unitMessages,
  plan: planMessages,
  checklists: checklistMessages,
  results: resultMessages,
  backups: backupMessages,
  bundles: bundleMessages,
  folders: folderMessages,
  sync: syncMessages,
  riskMatrix: riskMatrixMessages,
  comparison: comparisonMessages,
  validation: validationMessages,
  database: databaseMessages,
  reports: reportMessages,
} as const;

type Catalogue = typeof catalogue;

export type MessageKey = { [D in keyof Catalogue]: `${D}.${keyof Catalogue[D] & string}` }[keyof Catalogue];

type TextOf<K extends MessageKey> = K extends `${infer D extends keyof Catalogue}.${infer N}`
  ? N extends keyof Catalogue[D]
    ? Catalogue[D][N] extends { sv: infer S extends string }
      ? S
      : never
    : never
  : never;

/** The params a key's text names, each required. */
export type MessageParams<K extends MessageKey> = { [P in Placeholders<TextOf<K>>]: ParamValue };

/** Params as a rest argument: none for a text without placeholders, exactly its own otherwise. */
export type ParamsArg<K extends MessageKey> = [Placeholders<TextOf<K>>] extends [never] ? [params?: Record<string, never>] : [params: MessageParams<K>];

export type AnyParams = Record<string, ParamValue>;

export function messageEntry(key: MessageKey): MessageText {
  const [domain, name] = key.split('.') as [keyof Catalogue, string];
  return (catalogue[domain] as Record<string, MessageText>)[name] as MessageText;
}

export function isMessageKey(value: unknown): value is MessageKey {
  if (typeof value !== 'string') return false;
  const [domain, name, ...rest] = value.split('.');
  if (!domain || !name || rest.length > 0 || !Object.hasOwn(catalogue, domain)) return false;
  return Object.hasOwn(catalogue[domain as keyof Catalogue], name);
}

export function allMessageKeys(): MessageKey[] {
  return Object.entries(catalogue).flatMap(([domain, group]) => Object.keys(group).map((name) => `${domain}.${name}` as MessageKey));
}

/** A key's text in a language, for the main process and the CLI; the renderer uses i18next over the same texts. */
export function messageText(language: Language, key: MessageKey, params: AnyParams = {}): string {
  return interpolate(messageEntry(key)[language], params, language);
}

/** One language's texts in i18next's nested shape, `{ units: { duplicateName: '…' } }`. */
export function resourcesFor(language: Language): { [D in keyof Catalogue]: { [N in keyof Catalogue[D]]: string } } {
  return Object.fromEntries(
    Object.entries(catalogue).map(([domain, group]) => [
      domain,
      Object.fromEntries(Object.entries(group as Record<string, MessageText>).map(([name, text]) => [name, text[language]])),
    ]),
  ) as { [D in keyof Catalogue]: { [N in keyof Catalogue[D]]: string } };
}
