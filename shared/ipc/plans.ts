import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { Id } from '../domain/ids';
import { ImportProblem } from '../domain/import-problem';
import { HistoryEntry, PlanDetail } from '../domain/plan-detail';
import { PlanMeta } from '../domain/plan-content';
import { PlanStatus } from '../domain/plan-enums';
import { Plan, PlanTitle, PlanYear } from '../domain/plan';
import { channel } from './channel';
import { editChannel } from './edits';

const MAX_SPREADSHEET_BASE64 = 14_000_000;

export { ImportProblem };

export const ImportReport = z.discriminatedUnion('imported', [
  z.object({ imported: z.literal(true), plan: Plan, rows: z.number().int() }),
  z.object({ imported: z.literal(false), problems: z.array(ImportProblem) }),
]);
export type ImportReport = z.infer<typeof ImportReport>;

export const plansContract = {
  list: channel('plans:list', z.object({ unitId: Id.optional() }).strict(), z.array(Plan)),
  create: channel(
    'plans:create',
    z.object({ unitId: Id, year: PlanYear, title: PlanTitle.optional() }).strict(),
    Plan,
  ),
  rename: channel('plans:rename', z.object({ id: Id, title: PlanTitle }).strict(), Plan),
  get: channel('plans:get', z.object({ id: Id }).strict(), PlanDetail),
  updateMeta: editChannel('plans:updateMeta', z.object({ id: Id, patch: PlanMeta.partial().strict() }).strict()),
  setStatus: editChannel('plans:setStatus', z.object({ id: Id, status: PlanStatus }).strict()),
  rollover: channel('plans:rollover', z.object({ id: Id }).strict(), Plan),
  history: channel('plans:history', z.object({ id: Id }).strict(), z.array(HistoryEntry)),
  exportSpreadsheet: channel(
    'plans:exportSpreadsheet',
    z.object({ id: Id }).strict(),
    z.object({ fileName: z.string(), base64: z.string() }),
  ),
  importSpreadsheet: channel(
    'plans:importSpreadsheet',
    z
      .object({
        unitId: Id,
        year: PlanYear,
        fileName: z.string().min(1).max(255),
        base64: z.string().max(MAX_SPREADSHEET_BASE64, keyed('validation.spreadsheetTooLarge')),
      })
      .strict(),
    ImportReport,
  ),
};
