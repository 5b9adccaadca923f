import { DEMO_UNIT_NAME, fillDemoData } from '../../../db/demo';
import { buildPlanDocuments } from '../../../electron/services/documents';
import type { PlanDocuments, PlanDocumentsInput } from '../../../electron/services/documents/documents-input';
import { documentsInputFor } from '../../../electron/services/documents/documents-input-from-db';
import { testRepos } from '../../support/repos';

export const EXPORTED_AT = '2026-11-24T09:30:00.000Z';

/** The demo unit's plan of the year, its documents input and the documents built from it. */
export async function demoDocuments(year = 2026): Promise<{ input: PlanDocumentsInput; documents: PlanDocuments }> {
  const { repos, close } = testRepos();
  try {
    fillDemoData(repos, '2026-11-24');
    const unit = repos.units.findByName(DEMO_UNIT_NAME)!;
    const plan = repos.plans.list(unit.id).find((candidate) => candidate.year === year)!;
    const input = documentsInputFor(repos, plan.id, EXPORTED_AT, '0.1.0');
    return { input, documents: await buildPlanDocuments(input) };
  } finally {
    close();
  }
}

/** A CSV file's lines without the byte order mark, split at CRLF. */
export function csvLines(bytes: Uint8Array | undefined): string[] {
  if (!bytes) throw new Error('No such file in the bundle');
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes).split('\r\n').slice(0, -1);
}
