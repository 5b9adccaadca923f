/**
 * The renderer is served from a custom, privileged scheme instead of file://, so it
 * gets a real origin that CSP, navigation guards and IPC sender checks can pin down.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kvalitetshjulet';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on the app's own origin; anything unparsable counts as foreign. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compared field by field because Node gives non-special schemes the origin "null".
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
