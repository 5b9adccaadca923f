import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, isAppUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Must run before the app is ready: only then may a scheme become standard and secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The file a request asks for, or null when the URL is foreign or would leave the renderer folder. */
export function resolveRendererFile(rendererFolder: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    // Decoded because the URL parser keeps %2F, which would otherwise hide a "../".
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = path.resolve(rendererFolder);
  const file = path.resolve(root, pathname === '/' ? 'index.html' : `.${pathname}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside.split(path.sep)[0] === '..' || path.isAbsolute(inside)) return null;
  return file;
}

function notFound(): Response {
  return new Response('Hittades inte', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export function createRendererHandler(rendererFolder: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveRendererFile(rendererFolder, request.url);
    if (!file) return notFound();
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await fs.readFile(file));
    } catch {
      return notFound();
    }
    return new Response(body, {
      headers: {
        'content-type': contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        // Set here as well, since webRequest hooks are not promised to see custom-scheme responses.
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}

export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererFolder));
}
