import path from 'node:path';
import { isAppError } from '../../../shared/errors';
import type { CliCommand } from '../command';
import { openCliServices } from '../open-services';
import { requiredOption, yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';
import { say } from '../cli-language';

export const yearbookCommand: CliCommand = {
  name: 'yearbook',
  summary: 'Skapar socialkontorets kvalitetsbokslut för ett år som PDF: alla enheter sida vid sida.',
  usage: 'yearbook --db <fil> --year <ÅÅÅÅ> --out <mapp> [--area <kvalitetsområde>]',
  async run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' }, area: { type: 'string' } });
    const year = yearOption(values.year);
    const out = path.resolve(requiredOption(values.out, '--out', 'mappen PDF:en ska till'));
    const services = openCliServices(values.db);
    try {
      const saved = await services.bundles.yearbook(year, values.area?.trim() || null, out);
      io.out(`Sparade ${path.join(saved.folder, saved.fileName)}.`);
      return 0;
    } catch (error) {
      if (!isAppError(error)) throw error;
      io.err(say(io, error));
      return 1;
    } finally {
      services.close();
    }
  },
};
