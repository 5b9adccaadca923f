import type { Repositories } from '../../../db/repositories';
import type { DomainHandlers } from '../handler-types';
import { actorOf } from './context';

export function reportHandlers(repos: Repositories): DomainHandlers<'reports'> {
  const reports = repos.reports;
  const actor = () => actorOf(repos);
  return {
    list: ({ planId, filter, today }) => reports.list(planId, filter, today),
    get: ({ id, today }) => reports.get(id, today),
    create: ({ planId, today, ...fields }) => reports.create(planId, fields, actor(), today),
    update: ({ id, patch, today }) => reports.update(id, patch, today),
    setStatus: ({ id, status, today }) => reports.setStatus(id, status, today),
    remove: ({ id, confirm }) => reports.remove(id, confirm),
    addAction: ({ id, today, ...action }) => reports.addAction(id, action, actor(), today),
    linkAction: ({ id, actionId, linked, today }) => reports.linkAction(id, actionId, linked, today),
    addRisk: ({ id, today, ...risk }) => reports.addRisk(id, risk, actor(), today),
    linkRisk: ({ id, riskId, linked, today }) => reports.linkRisk(id, riskId, linked, today),
    planLinks: ({ planId }) => reports.planLinks(planId),
    summary: ({ planId, periodKind, today }) => reports.summary(planId, periodKind, today),
    analyses: ({ planId }) => reports.analyses.list(planId),
    setAnalysis: ({ planId, periodKind, periodStart, text }) => reports.analyses.set(planId, periodKind, periodStart, text, actor()),
    categories: ({ unitId }) => reports.categories.list(unitId),
    createCategory: ({ unitId, kind, name }) => reports.categories.create(unitId, kind, name),
    renameCategory: ({ id, name }) => reports.categories.rename(id, name),
    archiveCategory: ({ id, archived }) => reports.categories.archive(id, archived),
    settings: ({ unitId }) => reports.settings.get(unitId),
    updateSettings: ({ unitId, ...settings }) => reports.settings.update(unitId, settings),
    measure: ({ controlId }) => reports.measures.get(controlId),
    setMeasure: ({ controlId, measure }) => reports.measures.set(controlId, measure),
  };
}
