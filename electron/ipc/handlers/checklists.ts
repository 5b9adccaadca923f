import type { Repositories } from '../../../db/repositories';
import { starterTemplates } from '../../../shared/checklists/starters';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

export function checklistHandlers(repos: Repositories): DomainHandlers<'checklists'> {
  const templates = repos.checklists.templates;
  const actor = () => actorOf(repos);
  return {
    list: ({ planId, includeArchived }) => templates.list(planId, includeArchived),
    get: ({ id }) => templates.get(id),
    getVersion: ({ versionId }) => templates.version(versionId),
    starters: () => starterTemplates(),
    create: ({ planId, ...content }) => templates.get(templates.create(planId, content, actor())),
    createFromStarter: ({ planId, starter }) => templates.get(templates.createFromStarter(planId, starter, actor())),
    update: ({ id, patch }) => {
      templates.update(id, patch, actor());
      return templates.get(id);
    },
    setItems: ({ id, items }) => {
      const result = templates.setItems(id, items, actor());
      return { ...result, template: templates.get(id) };
    },
    linkItem: ({ itemId, ...link }) => templates.get(templates.linkItem(itemId, link, actor())),
    archive: ({ id, archived }) => {
      templates.archive(id, archived, actor());
      return templates.get(id);
    },
    move: ({ id, toIndex }) => {
      templates.move(id, toIndex, actor());
      return templates.list(templates.get(id).planId, true);
    },
  };
}
