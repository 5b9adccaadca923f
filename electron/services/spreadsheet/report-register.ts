import type { ImportProblem } from '../../../shared/ipc/plans';
import { messageText } from '../../../shared/messages/catalogue';
import type { Language } from '../../../shared/messages/types';
import { issueText } from '../../../shared/messages/zod-issues';
import { reportShapeProblem } from '../../../shared/reports/fields';
import { hasSender, reportLabels, REPORT_KINDS, ReportChannel, ReportKind, ReportStatus } from '../../../shared/reports/kinds';
import { ReportFields, ReportPatch, type ReportCategory } from '../../../shared/reports/report';
import { checkStatusChange } from '../../../shared/reports/status';
import { readCsv } from './csv-reader';
import { cellAt, type Grid } from './grid';
import { Problems } from './problems';
import { normalizeHeading } from '../documents/plan-workbook/template';
import { readXlsx } from './xlsx-reader';

/** What the names in a register's cells are looked up in: the year's plan and the unit's categories. */
export interface RegisterLookup {
  processes: readonly { id: string; name: string }[];
  areas: readonly { id: string; name: string }[];
  categories: readonly ReportCategory[];
}

/** One row of the register, checked and ready to be written as it stands, status included. */
export interface ImportedReport {
  row: number;
  fields: ReportFields;
  handling: ReportPatch;
  status: ReportStatus;
  closedOn: string | null;
}

export type ParsedRegister = { ok: true; reports: ImportedReport[] } | { ok: false; problems: ImportProblem[] };

/** The register's columns with the headings Swedish registers use for them; the first heading is the documented one. */
const COLUMNS = {
  receivedOn: ['Inkom', 'Datum', 'Inkommen', 'Mottagen'],
  kind: ['Typ', 'Slag', 'Rapporttyp'],
  category: ['Kategori'],
  channel: ['Inkom via', 'Kanal', 'Sätt'],
  anonymous: ['Anonym'],
  caseRef: ['Ärendereferens', 'Referens', 'Löpnummer'],
  subject: ['Rubrik', 'Ämne'],
  description: ['Beskrivning', 'Vad hände'],
  process: ['Process'],
  areas: ['Kvalitetsområden', 'Kvalitetsområde'],
  status: ['Status'],
  findings: ['Vad framkom', 'Fynd'],
  cause: ['Orsak'],
  conclusion: ['Slutsats'],
  investigatedBy: ['Utredd av', 'Utredare'],
  investigatedOn: ['Utredning klar', 'Utredd'],
  feedbackOn: ['Återkoppling', 'Återkopplad'],
  feedbackHow: ['Återkoppling hur', 'Hur återkopplades'],
  serious: ['Allvarlig', 'Allvarligt'],
  ivoReportedOn: ['Anmäld till IVO', 'Anmälan till IVO'],
  ivoReference: ['IVO:s diarienummer', 'IVO dnr'],
  closedOn: ['Avslutad'],
} as const;
type Column = keyof typeof COLUMNS;
const heading = (column: Column) => COLUMNS[column][0];

const FIELD_COLUMNS: Record<string, Column> = { categoryId: 'category', processId: 'process', qualityAreaIds: 'areas' };
const columnOf = (field: string): Column => FIELD_COLUMNS[field] ?? (field in COLUMNS ? (field as Column) : 'kind');

const fold = (text: string) => normalizeHeading(text).replace(/[-_/]/g, ' ').replace(/\s+/g, ' ');
const KIND_WORDS: Record<string, ReportKind> = {
  ...Object.fromEntries(REPORT_KINDS.map((kind) => [fold(reportLabels.kind[kind]), kind])),
  'lex sarah': 'lex_sarah',
  tillsyn: 'tillsyn',
};
const CHANNEL_WORDS: Record<string, ReportChannel> = {
  ...Object.fromEntries(ReportChannel.options.map((channel) => [fold(reportLabels.channel[channel]), channel])),
  brev: 'brev_epost',
  'e post': 'brev_epost',
  webb: 'e_tjanst',
};
const STATUS_WORDS: Record<string, ReportStatus> = Object.fromEntries(ReportStatus.options.map((status) => [fold(reportLabels.status[status]), status]));
const YES = new Set(['ja', 'j', 'x', 'yes']);
const NO = new Set(['nej', 'n', 'no', '']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which column holds which field, from the first row; unknown headings are left alone. */
function readHeader(grid: Grid, problems: Problems): Map<Column, number> | null {
  const header = grid[0];
  if (!header) {
    problems.file('Filen är tom. Första raden ska ha kolumnrubrikerna, till exempel Inkom, Typ och Kategori.');
    return null;
  }
  const found = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const name = normalizeHeading(cell);
    const column = (Object.keys(COLUMNS) as Column[]).find((key) => COLUMNS[key].some((alias) => normalizeHeading(alias) === name));
    if (column && !found.has(column)) found.set(column, index);
  });
  for (const required of ['receivedOn', 'kind'] as const) {
    if (!found.has(required)) problems.file(`Kolumnen ”${heading(required)}” saknas. Första raden ska ha kolumnrubrikerna.`, heading(required));
  }
  return problems.count > 0 ? null : found;
}

function readRow(cells: (column: Column) => string, rowNumber: number, lookup: RegisterLookup, problems: Problems, language: Language): ImportedReport | null {
  const before = problems.count;
  const problem = (column: Column, message: string) => problems.cell(rowNumber, heading(column), message);
  const date = (column: Column): string | null => {
    const text = cells(column);
    if (text === '') return null;
    if (ISO_DATE.test(text) && !Number.isNaN(Date.parse(text))) return text;
    problem(column, `”${text}” är inget datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.`);
    return null;
  };
  const yesNo = (column: Column): boolean | null => {
    const text = fold(cells(column));
    if (YES.has(text)) return true;
    if (NO.has(text)) return text === '' ? null : false;
    problem(column, `Skriv Ja eller Nej, inte ”${cells(column)}”.`);
    return null;
  };
  const named = <T>(column: Column, words: Record<string, T>, what: string): T | null => {
    const text = cells(column);
    if (text === '') return null;
    const value = words[fold(text)];
    if (value === undefined) problem(column, `Okänd ${what}: ”${text}”. Välj ${[...new Set(Object.keys(words))].join(', ')}.`);
    return value ?? null;
  };

  const receivedOn = date('receivedOn');
  if (!receivedOn && cells('receivedOn') === '') problem('receivedOn', 'Ange datum då rapporten kom in.');
  const kind = named('kind', KIND_WORDS, 'typ');
  if (!kind && cells('kind') === '') problem('kind', 'Ange typ: avvikelse, klagomål, synpunkt, lex Sarah eller tillsyn.');
  let categoryId: string | null = null;
  if (kind && cells('category')) {
    const ofKind = lookup.categories.filter((category) => category.kind === kind);
    const category = ofKind.find((candidate) => fold(candidate.name) === fold(cells('category')));
    if (!category) problem('category', `Enheten har ingen kategori ”${cells('category')}” för ${reportLabels.kind[kind].toLowerCase()}. Enhetens kategorier: ${ofKind.map((c) => c.name).join(', ')}.`);
    categoryId = category?.id ?? null;
  }
  const process = cells('process') ? lookup.processes.find((candidate) => fold(candidate.name) === fold(cells('process'))) : undefined;
  if (cells('process') && !process) problem('process', `Processen ”${cells('process')}” finns inte i årets plan.`);
  const areaNames = cells('areas').split(/[,\n]/).map((name) => name.trim()).filter(Boolean);
  const areaIds = areaNames.flatMap((name) => {
    const area = lookup.areas.find((candidate) => fold(candidate.name) === fold(name));
    if (!area) problem('areas', `Kvalitetsområdet ”${name}” finns inte i årets plan.`);
    return area ? [area.id] : [];
  });
  const anonymous = yesNo('anonymous') ?? false;
  const serious = yesNo('serious');
  const status = named('status', STATUS_WORDS, 'status') ?? 'mottagen';
  const dates = { investigatedOn: date('investigatedOn'), feedbackOn: date('feedbackOn'), ivoReportedOn: date('ivoReportedOn'), closedOn: date('closedOn') };
  if (problems.count > before || !receivedOn || !kind) return null;

  const fields = ReportFields.safeParse({
    receivedOn, kind, categoryId, channel: named('channel', CHANNEL_WORDS, 'kanal'), anonymous,
    caseRef: cells('caseRef'), subject: cells('subject'), description: cells('description'), processId: process?.id ?? null, qualityAreaIds: areaIds,
  });
  const handling = ReportPatch.safeParse({
    findings: cells('findings'), cause: cells('cause'), conclusion: cells('conclusion'), investigatedBy: cells('investigatedBy'),
    investigatedOn: dates.investigatedOn, feedbackOn: dates.feedbackOn, feedbackHow: cells('feedbackHow'),
    serious: kind === 'lex_sarah' ? serious : null, ivoReportedOn: dates.ivoReportedOn, ivoReference: cells('ivoReference'),
  });
  for (const result of [fields, handling]) {
    if (result.success) continue;
    for (const issue of result.error.issues) problem(columnOf(String(issue.path[0])), issueText(issue, language));
  }
  if (!fields.success || !handling.success) return null;
  const data = { ...fields.data, ...handling.data } as ReportFields & Required<ReportPatch>;
  if (kind !== 'lex_sarah' && serious !== null) problem('serious', 'Bara en lex Sarah-rapport bedöms som allvarlig eller inte.');
  const shape = reportShapeProblem(data);
  if (shape) problem('kind', messageText(language, shape));
  const check = checkStatusChange({ ...data, status: 'mottagen', openActions: 0, anonymous: hasSender(kind) && anonymous }, status);
  if (!check.ok) problem('status', messageText(language, check.message.key, check.message.params));
  if (status === 'avslutad' && !dates.closedOn) problem('closedOn', 'Ange datum då rapporten avslutades.');
  if (status !== 'avslutad' && dates.closedOn) problem('closedOn', 'Bara en avslutad rapport har ett datum för avslut. Ändra status eller ta bort datumet.');
  if (dates.closedOn && dates.closedOn < receivedOn) problem('closedOn', 'En rapport kan inte avslutas innan den kom in.');
  if (problems.count > before) return null;
  return { row: rowNumber, fields: fields.data, handling: handling.data, status, closedOn: dates.closedOn };
}

/**
 * Reads and checks a whole register (an .xlsx workbook's first sheet, or a CSV for
 * Swedish Excel) without touching the database: either every row is good, or every
 * problem is reported with its row and column and nothing is to be written.
 *
 * The keyed texts (the contract's checks, the report's shape and status) come in `language`;
 * the sheet's own column and cell problems are Swedish, like the register's headings.
 */
export async function parseRegisterFile(fileName: string, bytes: Uint8Array, lookup: RegisterLookup, language: Language = 'sv'): Promise<ParsedRegister> {
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension !== 'xlsx' && extension !== 'csv') return { ok: false, problems: [{ row: null, column: null, message: 'Filen måste vara .xlsx eller .csv.' }] };
  const read = extension === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  if (!read.ok) return { ok: false, problems: [{ row: null, column: null, message: read.message }] };
  const grid = 'sheets' in read ? read.sheets.main : read.grid;
  const problems = new Problems();
  const header = readHeader(grid, problems);
  if (!header) return { ok: false, problems: problems.report() };
  const reports: ImportedReport[] = [];
  for (const row of grid.slice(1)) {
    const cells = (column: Column) => {
      const index = header.get(column);
      return index === undefined ? '' : cellAt(row, index).trim();
    };
    const report = readRow(cells, row.rowNumber, lookup, problems, language);
    if (report) reports.push(report);
  }
  if (problems.count > 0) return { ok: false, problems: problems.report() };
  if (reports.length === 0) return { ok: false, problems: [{ row: null, column: null, message: 'Filen har inga rapporter under rubrikraden.' }] };
  return { ok: true, reports };
}
