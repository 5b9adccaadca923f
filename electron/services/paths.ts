import { fileURLToPath } from 'node:url';

/** Where the committed migrations are when running from the source tree (CLI, web harness, tests). */
export const sourceMigrationsFolder = fileURLToPath(new URL('../../db/migrations', import.meta.url));
