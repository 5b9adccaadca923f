/** One message in both languages. i18next syntax: `{{name}}`, and `{{when, dateTime}}` for an ISO date-time. */
export interface MessageText {
  sv: string;
  en: string;
}

export type MessageGroup = Record<string, MessageText>;

export type Language = 'sv' | 'en';

/** A param is a plain value so it crosses IPC as JSON; dates travel as ISO strings and are formatted per language. */
export type ParamValue = string | number;

type PlaceholderName<P extends string> = P extends `${infer Name},${string}` ? Trim<Name> : Trim<P>;
type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

/** The param names a text uses, read from its `{{…}}` placeholders at compile time. */
export type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}` ? PlaceholderName<P> | Placeholders<Rest> : never;
