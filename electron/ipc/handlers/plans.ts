import type { Repositories } from '../../../db/repositories';
import { exportPlanFile, importPlanFile } from '../../services/plan-files';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

export function planHandlers(repos: Repositories): DomainHandlers<'plans'> {
  const actor = () => actorOf(repos);
  return {
    list: ({ unitId }) => repos.plans.list(unitId),
    create: (input) => repos.plans.create(input, actor()),
    rename: ({ id, title }) => repos.plans.rename(id, title, actor()),
    get: ({ id }) => repos.planDetail(id),
    updateMeta: ({ id, patch }) => {
      repos.lifecycle.updateMeta(id, patch, actor());
      return repos.planDetail(id);
    },
    setStatus: ({ id, status }) => {
      repos.lifecycle.setStatus(id, status, actor());
      return repos.planDetail(id);
    },
    rollover: ({ id }) => repos.plans.get(repos.lifecycle.rollover(id, actor())),
    history: ({ id }) => repos.planHistory(id),
    exportSpreadsheet: async ({ id }) => {
      const file = await exportPlanFile(repos, id);
      return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
    },
    importSpreadsheet: ({ unitId, year, fileName, base64 }) =>
      importPlanFile(repos, { unitId, year, fileName, bytes: Buffer.from(base64, 'base64'), actor: actor() }),
  };
}
