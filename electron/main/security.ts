import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { isAppUrl } from './app-origin';

/** Replaces any policy a response brought along, whatever its header's casing, with ours. */
export function withContentSecurityPolicy(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

/** Schemes that never leave the machine: the page's own data and object URLs, and DevTools. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/** The app works offline: only its own origin and in-memory URLs may be requested. */
export function isLocalRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * Every request that would leave the app is cancelled, whoever makes it (the page, a library, a
 * mistake in our code), so the offline promise does not rest on the CSP alone. The app needs no
 * camera, notifications, clipboard reads or anything else a permission guards.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) }),
  );
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function stayOnAppOrigin(event: { url: string; preventDefault(): void }): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** The renderer never leaves the app: no foreign pages, no pop-ups, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Hooked on the app, so web contents created later (by anyone) get the same guards. */
export function hardenAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
