import type { MessageGroup } from './types';

export const syncMessages = {
  aborted: {
    sv: 'Synkroniseringen avbröts av ett fel i programmet ({{reason}}). Den försöker igen vid nästa omgång.',
    en: 'The synchronisation was stopped by an error in the program ({{reason}}). It will try again at the next round.',
  },
} as const satisfies MessageGroup;
