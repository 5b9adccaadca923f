import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The bench's main side bundled as scripts/build-electron.mjs bundles the Electron main process,
 * so its memory is the shipped app's and not that of tsx compiling TypeScript on the fly.
 */
export async function bundleMainSide(outfile: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./main-side.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    // As in the Electron main: a native module, and pdfkit's font metrics are found from its own folder.
    external: ['better-sqlite3', 'pdfkit'],
    logLevel: 'error',
  });
}
