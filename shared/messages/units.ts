import type { MessageGroup } from './types';

export const unitMessages = {
  duplicateName: {
    sv: 'Det finns redan en enhet som heter ”{{name}}”. Välj ett annat namn.',
    en: 'There is already a unit called “{{name}}”. Choose another name.',
  },
  notFound: {
    sv: 'Enheten finns inte längre. Ladda om listan och försök igen.',
    en: 'The unit no longer exists. Reload the list and try again.',
  },
} as const satisfies MessageGroup;
