/** A translation's shape: the Swedish keys, any wording. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
