import type { Api } from '../../../shared/ipc/contract';
import type { Envelope } from '../../../shared/ipc/envelope';
import { errorShape } from '../../../shared/errors';

declare global {
  interface Window {
    api: Api;
  }
}

/** False when the page runs without Electron's preload or the web harness bridge, e.g. opened as a plain file. */
export function hasApi(): boolean {
  return typeof window !== 'undefined' && (window as Partial<Window>).api !== undefined;
}

/** How many saves the user has confirmed are running (confirmingNotPersonalData). */
let confirming = 0;

/**
 * The one way the renderer reaches its data. A transport that throws (a broken
 * preload, a harness that went away) becomes an ordinary error envelope, so every
 * caller handles one shape only.
 */
export async function request<T>(call: (api: Api) => Promise<Envelope<T>>): Promise<Envelope<T>> {
  try {
    return await call(confirming > 0 ? confirmedApi(window.api) : window.api);
  } catch {
    return { ok: false, error: errorShape('INTERNAL', 'app.unreachable') };
  }
}


/**
 * Runs a save again with the user's word that the number the server was unsure of is not a
 * personnummer: every request made until the save is done carries it, also the later steps
 * of a save made of several and a write the answers' queue sends when its turn comes. The
 * renderer has one user, so what else is sent in that moment is theirs too.
 */
export async function confirmingNotPersonalData<T>(call: () => Promise<T>): Promise<T> {
  confirming++;
  try {
    return await call();
  } finally {
    confirming--;
  }
}

/** The same functions, each sending the confirmation beside its input. */
function confirmedApi(api: Api): Api {
  const confirmed = Object.entries(api).map(([domain, verbs]) => [
    domain,
    Object.fromEntries(
      Object.entries(verbs as Record<string, (input: object) => Promise<unknown>>).map(([verb, send]) => [
        verb,
        (input: object) => send({ ...input, confirmedNotPersonalData: true }),
      ]),
    ),
  ]);
  return Object.fromEntries(confirmed) as Api;
}
