import { z } from 'zod';
import { keyed } from '../messages/zod-issues';
import { freeText } from '../checklists/text';
import { Id, Timestamp } from '../domain/ids';
import { IsoDate } from '../domain/plan-content';
import { ActionStatus } from '../domain/plan-enums';
import { ReportChannel, ReportKind, ReportStatus } from './kinds';

/** A neutral reference to the case or the sender's errand (a serial number), never a name or personnummer. */
export const ReportCaseRef = freeText(60);

/** What a report says when it comes in. Every text passes the personnummer guard. */
const receivedShape = {
  receivedOn: IsoDate,
  kind: ReportKind,
  categoryId: Id.nullable(),
  channel: ReportChannel.nullable(),
  /** Only a klagomål or synpunkt has a sender who may stay anonymous. */
  anonymous: z.boolean({ message: keyed('reports.anonymousRequired') }),
  caseRef: ReportCaseRef,
  /** A short headline for the register; for a tillsynsärende, what IVO looked at. */
  subject: freeText(200),
  /** What happened, in the reporter's or sender's words; for a tillsynsärende, IVO's criticism or decision. */
  description: freeText(4000),
  processId: Id.nullable(),
  qualityAreaIds: z.array(Id).max(20),
};

/** What the handling adds: the utredning, the återkoppling and, for lex Sarah, the assessment and anmälan to IVO. */
const handlingShape = {
  findings: freeText(4000),
  cause: freeText(4000),
  conclusion: freeText(4000),
  investigatedBy: freeText(100),
  investigatedOn: IsoDate.nullable(),
  feedbackOn: IsoDate.nullable(),
  feedbackHow: freeText(200),
  /** Lex Sarah: whether the missförhållande is allvarligt; null until assessed. */
  serious: z.boolean().nullable(),
  ivoReportedOn: IsoDate.nullable(),
  /** IVO's diarienummer, of the anmälan (lex Sarah) or of the tillsynsärende. */
  ivoReference: freeText(60),
};

export const ReportFields = z.object({
  ...receivedShape,
  categoryId: receivedShape.categoryId.default(null),
  channel: receivedShape.channel.default(null),
  anonymous: receivedShape.anonymous.default(false),
  caseRef: receivedShape.caseRef.default(''),
  subject: receivedShape.subject.default(''),
  description: receivedShape.description.default(''),
  processId: receivedShape.processId.default(null),
  qualityAreaIds: receivedShape.qualityAreaIds.default([]),
});
export type ReportFields = z.infer<typeof ReportFields>;

/** A change to a report: only the fields given change. The status has its own channel. */
export const ReportPatch = z.object({ ...receivedShape, ...handlingShape }).partial();
export type ReportPatch = z.infer<typeof ReportPatch>;

export const LinkedAction = z.object({ id: Id, riskId: Id, text: z.string(), owner: z.string(), dueDate: IsoDate.nullable(), status: ActionStatus });
export type LinkedAction = z.infer<typeof LinkedAction>;

export const LinkedRisk = z.object({ id: Id, processId: Id, processName: z.string(), text: z.string() });
export type LinkedRisk = z.infer<typeof LinkedRisk>;

/** Days since the report came in (to today while open, to its closing when closed) and whether that is past the unit's limit. */
const timing = {
  elapsedDays: z.number().int(),
  overdue: z.boolean(),
};

export const ReportSummary = z.object({
  id: Id,
  planId: Id,
  receivedOn: IsoDate,
  kind: ReportKind,
  categoryId: Id.nullable(),
  categoryName: z.string().nullable(),
  channel: ReportChannel.nullable(),
  status: ReportStatus,
  subject: z.string(),
  caseRef: z.string(),
  processId: Id.nullable(),
  processName: z.string().nullable(),
  qualityAreaIds: z.array(Id),
  serious: z.boolean().nullable(),
  ivoReportedOn: IsoDate.nullable(),
  closedOn: IsoDate.nullable(),
  actionCount: z.number().int(),
  riskCount: z.number().int(),
  ...timing,
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportDetail = ReportSummary.extend({
  ...handlingShape,
  anonymous: z.boolean(),
  description: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  createdBy: z.string(),
  actions: z.array(LinkedAction),
  risks: z.array(LinkedRisk),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

/** The register's filters; every one left out lets all through. Dates are inclusive. */
export const ReportFilter = z.object({
  kind: ReportKind.optional(),
  categoryId: Id.optional(),
  status: ReportStatus.optional(),
  processId: Id.optional(),
  qualityAreaId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Only reports still open past the unit's limit. */
  overdue: z.boolean().optional(),
  /** Words looked for in every text of the report, without regard to case. */
  search: z.string().trim().max(200, keyed('reports.searchTooLong')).optional(),
});
export type ReportFilter = z.infer<typeof ReportFilter>;

export const ReportCategory = z.object({ id: Id, unitId: Id, kind: ReportKind, name: z.string(), position: z.number().int(), archived: z.boolean() });
export type ReportCategory = z.infer<typeof ReportCategory>;

export const CategoryName = freeText(100, 'reports.categoryNameRequired');

/** Which reports an action or risk of the plan came from: the way back from the plan to the register. */
export const ReportRef = z.object({ id: Id, kind: ReportKind, receivedOn: IsoDate, subject: z.string(), caseRef: z.string(), status: ReportStatus });
export type ReportRef = z.infer<typeof ReportRef>;

export const PlanReportLinks = z.object({
  actions: z.array(z.object({ actionId: Id, reports: z.array(ReportRef) })),
  risks: z.array(z.object({ riskId: Id, reports: z.array(ReportRef) })),
});
export type PlanReportLinks = z.infer<typeof PlanReportLinks>;
