import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export function sourceAppVersion(): string {
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}
