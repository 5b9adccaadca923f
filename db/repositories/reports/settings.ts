import { eq } from 'drizzle-orm';
import type { ReportKind } from '../../../shared/reports/kinds';
import { KindSettings, settingsWithDefaults, type ReportSettings } from '../../../shared/reports/settings';
import type { Clock } from '../../clock';
import type { AppDatabase } from '../../connection';
import { reportSettings, units } from '../../schema';
import { assertUnitWork, missing, parsed } from './guard';

export function loadSettings(db: AppDatabase, unitId: string): ReportSettings {
  if (!db.select({ id: units.id }).from(units).where(eq(units.id, unitId)).get()) throw missing('reports.unitMissing');
  const rows = db.select().from(reportSettings).where(eq(reportSettings.unitId, unitId)).all();
  return settingsWithDefaults(rows.map((row) => ({ kind: row.kind as ReportKind, limitDays: row.limitDays, feedbackDays: row.feedbackDays })));
}

/** The unit's handling limits per kind of report. */
export function createSettingsRepository(db: AppDatabase, clock: Clock) {
  return {
    get: (unitId: string) => loadSettings(db, unitId),
    update(unitId: string, input: KindSettings): ReportSettings {
      const value = parsed(KindSettings, input);
      return db.transaction(() => {
        loadSettings(db, unitId);
        assertUnitWork(db, unitId);
        const row = { unitId, kind: value.kind, limitDays: value.limitDays, feedbackDays: value.feedbackDays, updatedAt: clock.now() };
        db.insert(reportSettings)
          .values(row)
          .onConflictDoUpdate({ target: [reportSettings.unitId, reportSettings.kind], set: { limitDays: row.limitDays, feedbackDays: row.feedbackDays, updatedAt: row.updatedAt } })
          .run();
        return loadSettings(db, unitId);
      });
    },
  };
}
