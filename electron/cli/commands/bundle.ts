import path from 'node:path';
import { isAppError } from '../../../shared/errors';
import { verifyBundleFile } from '../../services/bundle/bundle-import';
import { planOfYear } from '../../services/plan-files';
import { CliUsageError, type CliCommand } from '../command';
import { openCliServices, withCliServices } from '../open-services';
import { requiredOption, yearOption } from '../option-values';
import { parseCliArgs } from '../parse-args';
import { say } from '../cli-language';

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Exporterar en enhets årspaket till en mapp: skrivs säkert, läses tillbaka och kontrolleras.',
  usage: 'export --db <fil> --unit <namn> --year <ÅÅÅÅ> --out <mapp>',
  async run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' }, unit: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } });
    const unitName = requiredOption(values.unit, '--unit', 'enhetens namn');
    const year = yearOption(values.year);
    const out = path.resolve(requiredOption(values.out, '--out', 'mappen paketet ska till'));
    return withCliServices(values.db, io, async (services) => {
      const unit = services.repos.units.findByName(unitName);
      if (!unit) {
        io.err(`Enheten ”${unitName}” finns inte i databasen.`);
        return 1;
      }
      const plan = planOfYear(services.repos, unit.id, year);
      if (!plan) {
        io.err(`${unit.name} har ingen kvalitetsplan för ${year}.`);
        return 1;
      }
      const outcome = await services.bundles.export.exportPlan(plan.id, out);
      if (!outcome.delivered) {
        io.err(outcome.status.problem ? say(io, outcome.status.problem) : `Paketet ${outcome.fileName} kunde inte skrivas till ${out}.`);
        io.err('Paketet ligger kvar på den här datorn. Kör export-retry --db <fil> när mappen går att nå; programmet försöker också självt varje minut när det är igång.');
        return 2;
      }
      const written = outcome.status.lastDelivery!;
      io.out(`Skrev ${path.join(out, outcome.fileName)}, läste tillbaka och kontrollerade det (${written.verifiedAt.slice(0, 16).replace('T', ' ')}).`);
      return 0;
    });
  },
};

export const retryCommand: CliCommand = {
  name: 'export-retry',
  summary: 'Försöker skicka de årspaket som väntar på sin mapp.',
  usage: 'export-retry --db <fil>',
  async run(args, io) {
    const { values } = parseCliArgs(args, { db: { type: 'string' } });
    const services = openCliServices(values.db);
    try {
      const before = (await services.bundles.export.status()).pending.length;
      const status = await services.bundles.export.deliver();
      if (status.pending.length === 0) {
        io.out(before === 0 ? 'Inga paket väntar.' : `Skickade ${before} paket; inga väntar längre.`);
        return 0;
      }
      for (const item of status.pending) io.err(`Väntar: ${item.fileName} → ${item.target ?? status.folder ?? '(ingen mapp vald)'}`);
      if (status.problem) io.err(say(io, status.problem));
      return 2;
    } finally {
      services.close();
    }
  },
};

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Kontrollerar att ett årspaket är helt: varje fils storlek och kontrollsumma, formatet och uppgifterna.',
  usage: 'verify <paket.zip>',
  async run(args, io) {
    const { positionals } = parseCliArgs(args, {}, true);
    if (positionals.length !== 1) throw new CliUsageError('Ange ett paket att kontrollera: verify <paket.zip>.');
    try {
      const bundle = await verifyBundleFile(path.resolve(positionals[0]!));
      const { manifest } = bundle;
      io.out(`Paketet är helt: ${manifest.unit.name} ${manifest.year}, exporterat ${manifest.exportedAt.slice(0, 16).replace('T', ' ')} (format ${manifest.formatVersion}).`);
      for (const file of manifest.files) io.out(`  ${file.name.padEnd(24)} ${megabytes(file.size).padStart(9)}  sha256 ${file.sha256}`);
      return 0;
    } catch (error) {
      if (!isAppError(error)) throw error;
      io.err(say(io, error));
      return 1;
    }
  },
};

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Importerar enheters årspaket i socialkontorets databas: kontrolleras först, allt eller inget per paket.',
  usage: 'import --db <fil> <paket.zip>...',
  async run(args, io) {
    const { values, positionals } = parseCliArgs(args, { db: { type: 'string' } }, true);
    if (positionals.length === 0) throw new CliUsageError('Ange minst ett paket att importera: import --db <fil> <paket.zip>...');
    const services = openCliServices(values.db);
    try {
      const results = await services.bundles.import.importFiles(positionals.map((file) => path.resolve(file)));
      for (const result of results) {
        if (result.kind === 'refused') io.err(say(io, result));
        else io.out(say(io, result));
      }
      const refused = results.filter((result) => result.kind === 'refused').length;
      io.out(`${results.length - refused} av ${results.length} paket godtogs.`);
      return refused > 0 ? 1 : 0;
    } finally {
      services.close();
    }
  },
};
