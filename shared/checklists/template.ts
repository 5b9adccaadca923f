import { z } from 'zod';
import { Id, Timestamp } from '../domain/ids';
import { ChecklistItem, ChecklistItemInput } from './item';
import { keyed } from '../messages/zod-issues';
import { freeText } from './text';

export const TemplateName = freeText(120, 'validation.templateNameMissing');
export const TemplatePurpose = freeText(1000);

export const TemplateItems = z
  .array(ChecklistItemInput)
  .min(1, keyed('validation.templateItemsMissing'))
  .max(60, keyed('validation.templateItemsMany'));

/** A template as the user writes it: its name, purpose and the items of its (next) version. */
export const TemplateContent = z.object({ name: TemplateName, purpose: TemplatePurpose.default(''), items: TemplateItems });
export type TemplateContent = z.infer<typeof TemplateContent>;
export type TemplateContentInput = z.input<typeof TemplateContent>;

export const TemplateVersionInfo = z.object({
  id: Id,
  version: z.number().int(),
  createdAt: Timestamp,
  createdBy: z.string(),
  runCount: z.number().int(),
});
export type TemplateVersionInfo = z.infer<typeof TemplateVersionInfo>;

/** A template in a list: its current version and the controls its items feed. */
export const TemplateSummary = z.object({
  id: Id,
  planId: Id,
  name: z.string(),
  purpose: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
  createdAt: Timestamp,
  currentVersion: TemplateVersionInfo,
  itemCount: z.number().int(),
  /** Runs of every version. */
  runCount: z.number().int(),
  controlIds: z.array(Id),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

/** A template with the items of its current version and every version it has had. */
export const TemplateDetail = TemplateSummary.extend({
  items: z.array(ChecklistItem),
  versions: z.array(TemplateVersionInfo),
});
export type TemplateDetail = z.infer<typeof TemplateDetail>;

/** One version's items, as an old run was asked them. */
export const TemplateVersionDetail = z.object({
  templateId: Id,
  templateName: z.string(),
  version: TemplateVersionInfo,
  items: z.array(ChecklistItem),
});
export type TemplateVersionDetail = z.infer<typeof TemplateVersionDetail>;
