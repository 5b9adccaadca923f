import { fillDemoData } from '../../../db/demo';
import type { CliCommand } from '../command';
import { openCliServices } from '../open-services';
import { parseCliArgs } from '../parse-args';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Skapar eller fyller på en databas med en exempelenhet och dess kvalitetsplaner.',
  usage: 'demo --db <fil>',
  run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' } });
    const services = openCliServices(values.db);
    try {
      const summary = fillDemoData(services.repos);
      io.out(`Databas: ${services.database.file}`);
      io.out(`Enhet: ${summary.unitName}${summary.createdUnit ? ' (ny)' : ' (fanns redan)'}`);
      io.out(
        summary.createdPlans.length > 0
          ? `Nya kvalitetsplaner: ${summary.createdPlans.join(', ')}`
          : 'Exempelplanerna fanns redan; inget nytt skapades.',
      );
      return 0;
    } finally {
      services.close();
    }
  },
};
