import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

// Loaded and checked by electron-builder's own loader and schema, so a misspelt option fails here, not at release time.
const config = await getConfig(process.cwd(), 'electron-builder.yml', null);

describe('electron-builder.yml', () => {
  it("matches electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('burns in the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the migrations where the packaged main looks for them', () => {
    expect(config.extraResources).toContainEqual({ from: 'db/migrations', to: 'migrations' });
  });

  it('packages the built app but never the web harness', () => {
    const patterns = JSON.stringify(config.files);
    expect(patterns).toContain('dist/electron/**');
    expect(patterns).toContain('dist/renderer/**');
    expect(patterns).not.toMatch(/dist\/web|dist\/\*\*|"dist\/?"|"\*\*/);
  });
});
