// Bundles the Electron main process and preload (and the web harness bridge, when present).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = (file) => path.join(root, file);

await build({
  entryPoints: [from('electron/main/index.ts')],
  outfile: from('dist/electron/main.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // better-sqlite3 is a native module loaded from node_modules at run time; electron is the host.
  // pdfkit finds its font metrics through a require made at run time from its own folder, which a bundle breaks.
  external: ['electron', 'better-sqlite3', 'pdfkit'],
  logLevel: 'info',
});

await build({
  entryPoints: [from('electron/preload/index.ts')],
  outfile: from('dist/electron/preload.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // A sandboxed preload may require only 'electron', so everything else (zod, the contract) is inlined.
  external: ['electron'],
  logLevel: 'info',
});

const bridgeEntry = from('electron/web/bridge/index.ts');
if (fs.existsSync(bridgeEntry)) {
  await build({
    entryPoints: [bridgeEntry],
    outfile: from('dist/web/bridge.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2023',
    logLevel: 'info',
  });
}
