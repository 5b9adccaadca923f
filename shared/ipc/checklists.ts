import { z } from 'zod';
import { Id } from '../domain/ids';
import { ItemLink } from '../checklists/item';
import { StarterKey } from '../checklists/starters';
import { TemplateContent, TemplateDetail, TemplateItems, TemplateName, TemplatePurpose, TemplateSummary, TemplateVersionDetail } from '../checklists/template';
import { channel } from './channel';
import { ToIndex } from './edits';

const Starter = TemplateContent.extend({ key: StarterKey });

/** Checklist templates of a plan. Every write answers with the template as it now is. */
export const checklistsContract = {
  list: channel(
    'checklists:list',
    z.object({ planId: Id, includeArchived: z.boolean().default(false) }).strict(),
    z.array(TemplateSummary),
  ),
  get: channel('checklists:get', z.object({ id: Id }).strict(), TemplateDetail),
  getVersion: channel('checklists:getVersion', z.object({ versionId: Id }).strict(), TemplateVersionDetail),
  starters: channel('checklists:starters', z.object({}).strict(), z.array(Starter)),
  create: channel('checklists:create', TemplateContent.extend({ planId: Id }).strict(), TemplateDetail),
  createFromStarter: channel('checklists:createFromStarter', z.object({ planId: Id, starter: StarterKey }).strict(), TemplateDetail),
  update: channel(
    'checklists:update',
    z.object({ id: Id, patch: z.object({ name: TemplateName, purpose: TemplatePurpose }).partial().strict() }).strict(),
    TemplateDetail,
  ),
  /** Replaces the items: in place while the current version has no runs, else as a new version. */
  setItems: channel(
    'checklists:setItems',
    z.object({ id: Id, items: TemplateItems }).strict(),
    z.object({ template: TemplateDetail, newVersion: z.boolean(), version: z.number().int() }),
  ),
  /** Which control an item feeds and how; works on any version and never makes a new one. */
  linkItem: channel('checklists:linkItem', ItemLink.extend({ itemId: Id }).strict(), TemplateDetail),
  archive: channel('checklists:archive', z.object({ id: Id, archived: z.boolean().default(true) }).strict(), TemplateDetail),
  move: channel('checklists:move', z.object({ id: Id, toIndex: ToIndex }).strict(), z.array(TemplateSummary)),
};
