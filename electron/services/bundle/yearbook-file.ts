import type { Repositories } from '../../../db/repositories';
import { AppError } from '../../../shared/errors';
import { writeFileVerified } from '../shared-folder/write-verified';
import { buildYearbookPdf } from '../documents/yearbook/yearbook-pdf';

export interface YearbookRequest {
  year: number;
  qualityArea: string | null;
  folder: string | null;
  createdAt: string;
  appVersion: string;
}

/** "kvalitetsbokslut-2026-20261124-101503.pdf": a new name each time, so an earlier version handed to the board stays as it was. */
export const yearbookFileName = (year: number, createdAt: string) =>
  `kvalitetsbokslut-${year}-${createdAt.slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.pdf`;

/** The socialkontor's kvalitetsbokslut for a year, written whole and verified into the shared folder. */
export async function writeYearbook(repos: Repositories, request: YearbookRequest): Promise<{ fileName: string; folder: string }> {
  if (!request.folder) {
    throw new AppError('VALIDATION', 'comparison.yearbookNoFolder');
  }
  const comparison = repos.comparison.forYear(request.year, request.qualityArea);
  if (comparison.units.length === 0) {
    throw new AppError('VALIDATION', 'comparison.yearbookNoUnits', { year: request.year });
  }
  const improvementAreas = Object.fromEntries(
    comparison.units.map((unit) => [unit.planId, repos.planDetail(unit.planId).improvementAreas.map((area) => area.text)]),
  );
  const bytes = await buildYearbookPdf(comparison, { createdAt: request.createdAt, appVersion: request.appVersion, improvementAreas });
  const fileName = yearbookFileName(request.year, request.createdAt);
  await writeFileVerified(request.folder, fileName, bytes);
  return { fileName, folder: request.folder };
}
