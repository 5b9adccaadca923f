import { sql } from 'drizzle-orm';
import type { UnitReport } from '../../../shared/comparison';
import type { ReportKind, ReportStatus } from '../../../shared/reports/kinds';
import type { AppDatabase } from '../../connection';
import { reports } from '../../schema';

/** The plan's reports with their category's name and kvalitetsområden by name, in two queries however many there are. */
export function unitReports(db: AppDatabase, planId: string): UnitReport[] {
  const rows = db.all<{ id: string; kind: ReportKind; category: string | null; status: ReportStatus; receivedOn: string; investigatedOn: string | null }>(sql`
    SELECT r.id AS id, r.kind AS kind, c.name AS category, r.status AS status, r.received_on AS receivedOn, r.investigated_on AS investigatedOn
    FROM ${reports} r LEFT JOIN report_categories c ON c.id = r.category_id
    WHERE r.plan_id = ${planId}
    ORDER BY r.received_on, r.id`);
  const areas = new Map<string, string[]>();
  for (const { reportId, name } of db.all<{ reportId: string; name: string }>(sql`
    SELECT ra.report_id AS reportId, q.name AS name
    FROM report_quality_areas ra JOIN reports r ON r.id = ra.report_id JOIN quality_areas q ON q.id = ra.quality_area_id
    WHERE r.plan_id = ${planId}`)) {
    const list = areas.get(reportId);
    if (list) list.push(name);
    else areas.set(reportId, [name]);
  }
  return rows.map(({ id, ...row }) => ({ ...row, qualityAreas: areas.get(id) ?? [] }));
}

