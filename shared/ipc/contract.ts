import type { Envelope } from './envelope';
import type { Channel, ChannelInput, ChannelOutput } from './channel';
import { appContract } from './app';
import { improvementAreasContract, qualityAreasContract } from './areas';
import { backupsContract } from './backups';
import { bundlesContract } from './bundles';
import { checklistsContract } from './checklists';
import { comparisonContract } from './comparison';
import { actionsContract, controlsContract } from './controls-actions';
import { matrixContract } from './matrix';
import { plansContract } from './plans';
import { processesContract } from './processes';
import { reportsContract } from './reports';
import { resultsContract } from './results';
import { risksContract } from './risks';
import { runsContract } from './runs';
import { settingsContract } from './settings';
import { syncContract } from './sync';
import { unitsContract } from './units';

/** Every IPC channel of the app, by domain and verb. The preload's allow-list is built from this. */
export const contract = {
  app: appContract,
  units: unitsContract,
  plans: plansContract,
  processes: processesContract,
  risks: risksContract,
  controls: controlsContract,
  actions: actionsContract,
  qualityAreas: qualityAreasContract,
  improvementAreas: improvementAreasContract,
  matrix: matrixContract,
  settings: settingsContract,
  bundles: bundlesContract,
  checklists: checklistsContract,
  runs: runsContract,
  results: resultsContract,
  comparison: comparisonContract,
  reports: reportsContract,
  backups: backupsContract,
  sync: syncContract,
};

export type Contract = typeof contract;
export type Domain = keyof Contract;

/** What the renderer sees as `window.api`: one async function per channel, answering with an envelope. */
export type Api = {
  [D in Domain]: {
    [V in keyof Contract[D]]: Contract[D][V] extends Channel
      ? (input: ChannelInput<Contract[D][V]>) => Promise<Envelope<ChannelOutput<Contract[D][V]>>>
      : never;
  };
};

export interface ChannelEntry {
  domain: string;
  verb: string;
  definition: Channel;
}

export function listChannels(): ChannelEntry[] {
  return Object.entries(contract).flatMap(([domain, verbs]) =>
    Object.entries(verbs as Record<string, Channel>).map(([verb, definition]) => ({ domain, verb, definition })),
  );
}
