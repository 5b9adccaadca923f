import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';
import { backupCommand } from './commands/backup';
import { exportCommand, importCommand, retryCommand, verifyCommand } from './commands/bundle';
import { compareCommand } from './commands/compare';
import { yearbookCommand } from './commands/yearbook';
import { demoCommand } from './commands/demo';
import { planCommand } from './commands/plan';
import { reportsCommand } from './commands/reports';
import { resultsCommand } from './commands/results';
import { syncCommand } from './commands/sync';
import { DatabaseOpenError } from '../../db/connection';
import { commandLineExplanation } from '../services/backups/recovery';

export const commands: CliCommand[] = [demoCommand, planCommand, resultsCommand, reportsCommand, compareCommand, yearbookCommand, exportCommand, retryCommand, verifyCommand, importCommand, backupCommand, syncCommand];

export function helpText(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  return [
    'Kvalitetshjulet – kommandoraden',
    '',
    'Användning: npm run cli -- <kommando> [flaggor]',
    '',
    'Kommandon:',
    ...commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    `  ${'--help'.padEnd(width)}  Visar den här hjälpen.`,
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`Okänt kommando: ${name}\n\n${helpText()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Användning: npm run cli -- ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`${error.message}\n\nAnvändning: npm run cli -- ${command.usage}`);
      return 2;
    }
    if (error instanceof DatabaseOpenError) {
      io.err(commandLineExplanation(error));
      return 1;
    }
    throw error;
  }
}
