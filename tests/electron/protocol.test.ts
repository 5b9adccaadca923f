import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

import { createRendererHandler, resolveRendererFile } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';

// <tmp>/secret.txt sits beside <tmp>/renderer/, one "../" away from the served folder.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalitetshjulet-protocol-'));
const renderer = path.join(folder, 'renderer');
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
fs.writeFileSync(path.join(renderer, 'index.html'), '<title>Kvalitetshjulet</title>');
fs.writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(folder, 'secret.txt'), 'hemligt');
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const serve = createRendererHandler(renderer);
const get = (url: string) => serve(new Request(url));

describe('app:// protocol', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveRendererFile(renderer, 'app://kvalitetshjulet/')).toBe(path.join(renderer, 'index.html'));
    expect(resolveRendererFile(renderer, 'app://kvalitetshjulet/assets/app.js')).toBe(path.join(renderer, 'assets', 'app.js'));
    // An encoded absolute path is still read relative to the renderer folder.
    expect(resolveRendererFile(renderer, 'app://kvalitetshjulet/%2Fetc%2Fpasswd')).toBe(path.join(renderer, 'etc', 'passwd'));
  });

  it.each([
    'app://kvalitetshjulet/..%2Fsecret.txt',
    'app://kvalitetshjulet/%2e%2e%2fsecret.txt',
    'app://kvalitetshjulet/assets/..%2F..%2Fsecret.txt',
    'app://kvalitetshjulet/index.html%00.js',
    'app://other-host/index.html',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(renderer, url)).toBeNull();
  });

  it('answers 404 for a traversal even though the target file exists', async () => {
    const response = await get('app://kvalitetshjulet/..%2Fsecret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('hemligt');
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await get('app://kvalitetshjulet/saknas.js')).status).toBe(404);
    expect((await get('app://kvalitetshjulet/assets')).status).toBe(404);
  });

  it('serves index.html and assets with their type and the strict policy', async () => {
    const page = await get('app://kvalitetshjulet/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('Kvalitetshjulet');
    expect((await get('app://kvalitetshjulet/assets/app.js')).headers.get('content-type')).toContain('text/javascript');
  });
});
