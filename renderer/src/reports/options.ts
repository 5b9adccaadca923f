import type { TFunction } from 'i18next';
import type { PlanDetail } from '../../../shared/domain/plan-detail';
import { REPORT_KINDS, REPORT_STATUSES, ReportChannel, type ReportKind } from '../../../shared/reports/kinds';
import type { ReportCategory } from '../../../shared/reports/report';
import type { SelectOption } from '../components/fields';

/** The choices the register's filters and forms offer, in the UI's language. */
export const kindOptions = (t: TFunction): SelectOption<ReportKind>[] => REPORT_KINDS.map((kind) => ({ value: kind, label: t(`reportScreens.kind.${kind}`) }));

export const statusOptions = (t: TFunction) => REPORT_STATUSES.map((status) => ({ value: status, label: t(`reportScreens.status.${status}`) }));

export const channelOptions = (t: TFunction): SelectOption<string>[] => [
  { value: '', label: t('reportScreens.channel.none') },
  ...ReportChannel.options.map((channel) => ({ value: channel, label: t(`reportScreens.channel.${channel}`) })),
];

export const processOptions = (plan: PlanDetail): SelectOption<string>[] => plan.processes.map((process) => ({ value: process.id, label: process.name }));

/** A kind's categories; the archived ones only when a report already has one (keep) or for filtering. */
export function categoryOptions(categories: readonly ReportCategory[], kind: ReportKind | undefined, keep?: string | null): SelectOption<string>[] {
  return categories
    .filter((category) => (kind === undefined || category.kind === kind) && (!category.archived || category.id === keep))
    .map((category) => ({ value: category.id, label: category.name }));
}
