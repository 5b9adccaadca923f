import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron } from 'playwright-core';

/** The binary the electron package would start, found without requiring the package (that would try to download it). */
function electronBinary(): string | null {
  const packageDir = path.resolve('node_modules/electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.warn('[e2e] Electron smoke test skipped: no Electron binary in node_modules/electron/dist on this machine.');

describe.skipIf(!binary)('Electron app', () => {
  it('starts on a fresh data folder and shows the Swedish shell in its window', async () => {
    const mainBundle = path.resolve('dist/electron/main.cjs');
    expect(fs.existsSync(mainBundle), 'run `npm run build` first').toBe(true);
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'kvalitetshjulet-e2e-'));
    const app = await _electron.launch({
      executablePath: binary ?? '',
      args: [path.resolve('.'), `--user-data-dir=${userData}`],
    });
    try {
      const page = await app.firstWindow();
      await page.getByText('Översikt').first().waitFor({ state: 'visible' });
      const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
      expect(title).toContain('Kvalitetshjulet');
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(fs.existsSync(path.join(userData, 'kvalitetshjulet.sqlite'))).toBe(true);
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  }, 60_000);
});
