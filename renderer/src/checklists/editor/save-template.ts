import type { ItemFields } from '../../../../shared/checklists/item';
import type { TemplateDetail } from '../../../../shared/checklists/template';
import type { Envelope } from '../../../../shared/ipc/envelope';
import { request } from '../../api/client';
import { planItemSave } from './item-draft';
import type { EditorDraft } from './editor-draft';

export interface SaveOutcome {
  kind: 'created' | 'saved' | 'newVersion' | 'unchanged';
  version: number;
  /** The template as now stored; null for a new one (the overview shows it). */
  template: TemplateDetail | null;
}

const done = (value: SaveOutcome): Envelope<SaveOutcome> => ({ ok: true, value });

/**
 * Saves what changed and nothing else: the name and purpose, then either the items (a new
 * version when the current one has runs) or only the links, which never make a version.
 */
export async function saveTemplate(planId: string, template: TemplateDetail | null, draft: EditorDraft, items: ItemFields[]): Promise<Envelope<SaveOutcome>> {
  const name = draft.name.trim();
  const purpose = draft.purpose.trim();
  if (!template) {
    const created = await request((api) => api.checklists.create({ planId, name, purpose, items }));
    return created.ok ? done({ kind: 'created', version: 1, template: null }) : created;
  }
  let latest = template;
  let changed = false;
  if (name !== template.name || purpose !== template.purpose) {
    const updated = await request((api) => api.checklists.update({ id: template.id, patch: { name, purpose } }));
    if (!updated.ok) return updated;
    latest = updated.value;
    changed = true;
  }
  const plan = planItemSave(template.items, draft.items, items);
  if (plan.kind === 'items') {
    const replaced = await request((api) => api.checklists.setItems({ id: template.id, items }));
    if (!replaced.ok) return replaced;
    return done({ kind: replaced.value.newVersion ? 'newVersion' : 'saved', version: replaced.value.version, template: replaced.value.template });
  }
  if (plan.kind === 'links') {
    for (const link of plan.links) {
      const linked = await request((api) => api.checklists.linkItem(link));
      if (!linked.ok) return linked;
      latest = linked.value;
      changed = true;
    }
  }
  return done({ kind: changed ? 'saved' : 'unchanged', version: latest.currentVersion.version, template: latest });
}
