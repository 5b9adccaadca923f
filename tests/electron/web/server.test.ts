import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHarness, type WebHarness } from '../../../electron/web/server';
import type { AppServices } from '../../../electron/app/app-services';
import { testServices } from '../../support/services';
import { tempDir } from '../../support/temp-db';

let services: AppServices;
let harness: WebHarness;
let base: string;

beforeAll(async () => {
  const rendererDir = tempDir('kh-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body>app</body></html>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const bridgeFile = path.join(tempDir('kh-bridge-'), 'bridge.js');
  fs.writeFileSync(bridgeFile, 'window.api = {}');
  services = testServices();
  harness = await startWebHarness({ dispatcher: services.dispatcher, rendererDir, bridgeFile });
  base = `http://127.0.0.1:${harness.port}`;
});
afterAll(async () => {
  await harness.close();
  services.close();
});

const api = (channel: string, body: unknown, token: string | null = harness.token) =>
  fetch(`${base}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('web harness', () => {
  it('prints a loopback URL with the token', () => {
    expect(harness.url).toBe(`${base}/?token=${harness.token}`);
    expect(harness.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page with the token and the bridge, and sets a strict CSP', async () => {
    const response = await fetch(harness.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain(`content="${harness.token}"`);
    expect(html).toContain('/__harness/bridge.js');
  });

  it('refuses the page without or with a wrong token', async () => {
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(401);
  });

  it('serves assets to a page that holds the cookie, and nothing outside the renderer folder', async () => {
    const page = await fetch(harness.url);
    const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
    const asset = await fetch(`${base}/assets/app.js`, { headers: { cookie } });
    expect(asset.status).toBe(200);
    const escape = await fetch(`${base}/assets/%2e%2e/%2e%2e/package.json`, { headers: { cookie } });
    expect(escape.status).toBe(404);
  });

  it('answers API calls only with the right token', async () => {
    expect((await api('units:list', {}, null)).status).toBe(401);
    expect((await api('units:list', {}, 'x'.repeat(harness.token.length))).status).toBe(401);
    const created = await api('units:create', { name: 'Enhet via webben' });
    expect(await created.json()).toMatchObject({ ok: true, value: { name: 'Enhet via webben' } });
  });

  it('returns typed errors for bad input and unreadable bodies', async () => {
    expect(await (await api('units:create', { name: '' })).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const garbage = await fetch(`${base}/api/units:list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${harness.token}` },
      body: '{not json',
    });
    expect(garbage.status).toBe(400);
  });

  it('refuses a foreign Host header', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port: harness.port, path: `/?token=${harness.token}`, headers: { Host: 'evil.example' } },
        (response) => resolve(response.statusCode ?? 0),
      );
      request.on('error', reject);
      request.end();
    });
    expect(status).toBe(421);
  });

  it('refuses a foreign Host header on the API even with the right token, and a Host naming another port', async () => {
    const http = await import('node:http');
    const statusFor = (host: string, path: string, method = 'GET') =>
      new Promise<number>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port: harness.port, path, method, headers: { Host: host, Authorization: `Bearer ${harness.token}` } },
          (response) => resolve(response.statusCode ?? 0),
        );
        request.on('error', reject);
        request.end('{}');
      });
    expect(await statusFor('evil.example', '/api/units:list', 'POST')).toBe(421);
    expect(await statusFor(`127.0.0.1:${harness.port + 1}`, `/?token=${harness.token}`)).toBe(421);
    expect(await statusFor(`localhost:${harness.port}`, `/?token=${harness.token}`)).toBe(200);
  });

  it('refuses a page cookie holding a wrong token', async () => {
    expect((await fetch(`${base}/assets/app.js`, { headers: { cookie: 'kh_harness=wrong' } })).status).toBe(401);
  });

  // The machine's own network addresses: a harness bound to every interface would answer on them.
  const outward = Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && !address.internal && !address.address.startsWith('fe80:'))
    .map((address) => address!.address);

  it.skipIf(outward.length === 0)('listens on 127.0.0.1 only: the machine’s network addresses and ::1 refuse the connection', async () => {
    const connect = (host: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect({ host, port: harness.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      });
    expect(await connect('127.0.0.1')).toBe('connected');
    for (const host of [...outward, '::1']) {
      expect(await connect(host), host).not.toBe('connected');
    }
  });
});
