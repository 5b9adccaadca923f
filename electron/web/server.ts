import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { errorShape } from '../../shared/errors';
import type { Dispatcher } from '../ipc/dispatcher';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import {
  TOKEN_META_NAME,
  bearerToken,
  cookieToken,
  hostAllowed,
  tokensMatch,
} from './harness-security';
import { contentType, readIfFile, resolveInside } from './static-files';

export interface WebHarnessOptions {
  dispatcher: Dispatcher;
  rendererDir: string;
  bridgeFile: string;
  port?: number;
  token?: string;
}

export interface WebHarness {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const COOKIE = 'kh_harness';
const MAX_BODY_BYTES = 1024 * 1024;
const BRIDGE_PATH = '/__harness/bridge.js';

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Development and test harness: the real renderer and the real handlers over
 * loopback, guarded by a per-run token. Never part of the packaged app.
 */
export async function startWebHarness(options: WebHarnessOptions): Promise<WebHarness> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const indexHtml = await fs.readFile(path.join(options.rendererDir, 'index.html'), 'utf8');
  const page = indexHtml.replace(
    '<head>',
    `<head>\n    <meta name="${TOKEN_META_NAME}" content="${token}" />\n    <script src="${BRIDGE_PATH}"></script>`,
  );
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'Endast POST.', 'text/plain; charset=utf-8');
    if (!tokensMatch(token, bearerToken(req))) {
      return send(res, 401, JSON.stringify({ ok: false, error: errorShape('FORBIDDEN', 'app.badToken') }), 'application/json');
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      return send(res, 400, JSON.stringify({ ok: false, error: errorShape('VALIDATION', 'app.unreadableRequest') }), 'application/json');
    }
    const envelope = await options.dispatcher.invoke(channel, input);
    send(res, 200, JSON.stringify(envelope), 'application/json; charset=utf-8');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'Okänd värd.', 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Metoden stöds inte.', 'text/plain; charset=utf-8');

    const authorised = tokensMatch(token, url.searchParams.get('token')) || tokensMatch(token, cookieToken(req, COOKIE));
    if (!authorised) {
      return send(res, 401, 'Öppna adressen som skrevs ut när webbläget startade (den innehåller en nyckel).', 'text/plain; charset=utf-8');
    }
    if (url.pathname === BRIDGE_PATH) {
      const bridge = await readIfFile(options.bridgeFile);
      return bridge ? send(res, 200, bridge, contentType(options.bridgeFile)) : send(res, 404, 'Saknas.', 'text/plain; charset=utf-8');
    }
    const file = url.pathname === '/' ? null : resolveInside(options.rendererDir, url.pathname);
    const content = file ? await readIfFile(file) : null;
    if (file && content) return send(res, 200, content, contentType(file));
    if (path.extname(url.pathname)) return send(res, 404, 'Filen finns inte.', 'text/plain; charset=utf-8');
    res.setHeader('Set-Cookie', `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    send(res, 200, page, 'text/html; charset=utf-8');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[web] request failed', error);
      if (!res.headersSent) send(res, 500, 'Internt fel.', 'text/plain; charset=utf-8');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
