import type { ReportStatus } from '../../../shared/reports/kinds';
import { ReportFields, ReportPatch } from '../../../shared/reports/report';
import { checkStatusChange } from '../../../shared/reports/status';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { reports } from '../../schema';
import { assertReportWork, parsed, refused } from './guard';
import { checkReferences, checkShape, setAreas } from './write';

export interface ReportToImport {
  fields: ReportFields;
  handling: ReportPatch;
  status: ReportStatus;
  closedOn: string | null;
}

/**
 * An existing register, all of it in one transaction: each row as it stands, its status
 * included, checked by the same rules as a report typed in. One bad row and nothing is written.
 */
export function importReports(db: AppDatabase, clock: Clock, planId: string, rows: readonly ReportToImport[], actor: string): number {
  return db.transaction(() => {
    const plan = assertReportWork(db, planId);
    for (const row of rows) {
      const fields = parsed(ReportFields, row.fields);
      const handling = parsed(ReportPatch, row.handling);
      checkReferences(db, clock, plan, fields.kind, fields);
      const { qualityAreaIds, ...columns } = { ...fields, ...handling };
      const now = clock.now();
      const record = { ...columns, id: clock.newId(), planId, status: row.status, closedOn: row.status === 'avslutad' ? row.closedOn : null, createdAt: now, createdBy: actor, updatedAt: now };
      checkShape({ serious: null, ivoReportedOn: null, investigatedOn: null, feedbackOn: null, ...record });
      const check = checkStatusChange(
        { conclusion: '', investigatedBy: '', ivoReference: '', ...record, serious: record.serious ?? null, investigatedOn: record.investigatedOn ?? null, feedbackOn: record.feedbackOn ?? null, ivoReportedOn: record.ivoReportedOn ?? null, status: 'mottagen', openActions: 0 },
        row.status,
      );
      if (!check.ok) throw refused(check.message.key, check.message.params);
      if (row.status === 'avslutad' && (!record.closedOn || record.closedOn < fields.receivedOn)) throw refused('reports.closedNeedsDate');
      db.insert(reports).values(record).run();
      setAreas(db, record.id, qualityAreaIds ?? []);
    }
    return rows.length;
  });
}
