import fs from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Node's and npm's ways to open a connection; none of them has any business in an offline app's main process. */
const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'ws']);
/** The same in code: web APIs that Node also has, and Electron's own `net`. */
const NETWORK_CALLS = [/\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bnew WebSocket\b/, /\bnet\b[^;]*\bfrom\s*['"]electron['"]/, /require\(['"]electron['"]\)\.net\b/];

/**
 * The main process as scripts/build-electron.mjs bundles it, as a module graph: every file that
 * ends up in main.cjs, with what each imports from outside the bundle.
 */
async function mainProcessGraph() {
  const result = await build({
    entryPoints: ['electron/main/index.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile.inputs;
}

const graph = mainProcessGraph();

describe('the Electron main process and the network', () => {
  it('bundles no networking module, from our code or any library it pulls in', async () => {
    const inputs = await graph;
    const imports = Object.entries(inputs).flatMap(([file, input]) =>
      input.imports.filter((imported) => imported.external).map((imported) => ({ file, module: imported.path.replace(/^node:/, '') })),
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter(({ module }) => NETWORK_MODULES.has(module.split('/')[0]!))).toEqual([]);
  });

  it('has no file in the bundle that fetches, opens a socket or uses Electron’s net', async () => {
    const files = Object.keys(await graph);
    expect(files).toContain('electron/main/index.ts');
    const calling = files.filter((file) => NETWORK_CALLS.some((call) => call.test(fs.readFileSync(file, 'utf8'))));
    expect(calling).toEqual([]);
  });
});
