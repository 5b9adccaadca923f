import type { TemplateDetail } from '../../../../shared/checklists/template';
import { draftOf, type ItemDraft } from './item-draft';

/** A checklist as the editor holds it until it is saved: the editor, its save bar and the save share it. */
export interface EditorDraft {
  name: string;
  purpose: string;
  items: ItemDraft[];
}

export const draftOfTemplate = (template: TemplateDetail): EditorDraft => ({
  name: template.name,
  purpose: template.purpose,
  items: template.items.map(draftOf),
});
