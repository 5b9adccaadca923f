import 'i18next';
import type { sv } from './sv';

// Typed keys: a misspelt key in t() is a compile error instead of a raw key on screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}
