import path from 'node:path';
import { PlanYear } from '../../../shared/domain/plan';
import { isAppError } from '../../../shared/errors';
import { FolderError } from '../../services/shared-folder/folder-problem';
import { CliUsageError, type CliCommand } from '../command';
import { openCliServices } from '../open-services';
import { parseCliArgs } from '../parse-args';

export const yearbookCommand: CliCommand = {
  name: 'yearbook',
  summary: 'Skapar socialkontorets kvalitetsbokslut för ett år som PDF: alla enheter sida vid sida.',
  usage: 'yearbook --db <fil> --year <ÅÅÅÅ> --out <mapp> [--area <kvalitetsområde>]',
  async run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, area: { type: 'string' } });
    const year = PlanYear.safeParse(Number(values.year));
    if (!year.success) throw new CliUsageError('Ange året med --year, till exempel --year 2026.');
    if (!values.out?.trim()) throw new CliUsageError('Ange mappen PDF:en ska till med --out.');
    const services = openCliServices(values.db);
    try {
      const saved = await services.bundles.yearbook(year.data, values.area?.trim() || null, path.resolve(values.out));
      io.out(`Sparade ${path.join(saved.folder, saved.fileName)}.`);
      return 0;
    } catch (error) {
      if (!isAppError(error) && !(error instanceof FolderError)) throw error;
      io.err(error.message);
      return 1;
    } finally {
      services.close();
    }
  },
};
