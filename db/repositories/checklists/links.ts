import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { answerFamily, type ItemKind } from '../../../shared/checklists/kinds';
import { AppError } from '../../../shared/errors';
import type { AppDatabase } from '../../connection';
import { checklistItems, controls, processes, risks } from '../../schema';

export interface LinkedItem {
  /** Set for an item that is already stored, so it is not compared with itself. */
  id?: string;
  kind: ItemKind;
  text: string;
  controlId: string | null;
}

const familyKeys = { yes_no: 'checklists.controlCountedFromYesNo', number: 'checklists.controlCountedFromNumber' } as const;

/** The controls of the plan among the given ids, with their definitions. */
function planControls(db: AppDatabase, planId: string, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: controls.id, definition: controls.definition })
    .from(controls)
    .innerJoin(risks, eq(controls.riskId, risks.id))
    .innerJoin(processes, eq(risks.processId, processes.id))
    .where(and(eq(processes.planId, planId), inArray(controls.id, ids)))
    .all();
  return new Map(rows.map((row) => [row.id, row.definition]));
}

/**
 * An item may feed only a control of its own plan, and one control is counted from one
 * family of answers: yes/no items or number items, never both. `replacedVersionId` names
 * a version whose items are being replaced, so they do not count against the new ones.
 */
export function checkItemLinks(db: AppDatabase, planId: string, items: LinkedItem[], replacedVersionId?: string): void {
  const linked = items.filter((item): item is LinkedItem & { controlId: string } => item.controlId !== null);
  const controlIds = [...new Set(linked.map((item) => item.controlId))];
  const known = planControls(db, planId, controlIds);
  for (const id of controlIds) {
    if (!known.has(id)) throw new AppError('VALIDATION', 'checklists.linkOtherPlan');
  }
  if (controlIds.length === 0) return;
  const ownIds = new Set(linked.flatMap((item) => (item.id ? [item.id] : [])));
  const stored = db
    .select({ id: checklistItems.id, kind: checklistItems.kind, text: checklistItems.text, controlId: checklistItems.controlId, versionId: checklistItems.versionId })
    .from(checklistItems)
    .where(and(isNotNull(checklistItems.controlId), inArray(checklistItems.controlId, controlIds)))
    .all()
    .filter((row) => !ownIds.has(row.id) && row.versionId !== replacedVersionId);
  for (const controlId of controlIds) {
    const feeding = [
      ...stored.filter((row) => row.controlId === controlId).map((row) => ({ kind: row.kind as ItemKind, text: row.text })),
      ...linked.filter((item) => item.controlId === controlId),
    ];
    const families = new Set(feeding.map((item) => answerFamily(item.kind)));
    if (families.size <= 1) continue;
    const first = feeding[0]!;
    const firstFamily = answerFamily(first.kind);
    throw new AppError(
      'VALIDATION',
      firstFamily ? familyKeys[firstFamily] : 'checklists.controlCountedFromOther',
      { control: known.get(controlId) ?? '', question: first.text },
    );
  }
}
