import type { ProcessContent, RiskContent } from '../../../shared/domain/plan-content';
import { cellAt } from './grid';
import type { TableLayout } from './header';
import type { Problems } from './problems';
import { actionCells, controlCells, hasAny, processCells, riskCells, type ProcessCells, type RiskCells, type RowCells, type TableContext } from './row-parts';
import { ACTION_COLUMNS, COLUMNS, CONTROL_COLUMNS, RISK_DETAIL_COLUMNS, type ColumnKey } from '../documents/plan-workbook/template';

interface Open<T> {
  name: string;
  firstRow: number;
  cells: T | null;
}

function cellsOf(layout: TableLayout, row: TableLayout['dataRows'][number]): RowCells {
  return {
    rowNumber: row.rowNumber,
    text: (key) => {
      const index = layout.index[key];
      return index === undefined ? '' : cellAt(row, index);
    },
  };
}

const processKeys: Partial<Record<keyof ProcessCells, ColumnKey>> = { group: 'processGroup', responsibleTeam: 'responsibleTeam' };
const riskKeys: Partial<Record<keyof RiskCells, ColumnKey>> = {
  owner: 'riskOwner',
  qualityAreas: 'qualityAreas',
  likelihood: 'likelihood',
  consequence: 'consequence',
  residualLikelihood: 'residualLikelihood',
  residualConsequence: 'residualConsequence',
};

/**
 * On a row that continues a process or risk, a filled cell must say what the first
 * row said; an empty one is taken as "same as above", the way people leave repeats out.
 */
function compare<T extends object>(row: RowCells, keys: Partial<Record<keyof T, ColumnKey>>, open: Open<T>, again: T | null, what: 'processen' | 'risken', problems: Problems): void {
  if (!open.cells || !again) return;
  for (const [field, key] of Object.entries(keys) as Array<[keyof T, ColumnKey]>) {
    if (row.text(key).trim() === '' || JSON.stringify(open.cells[field]) === JSON.stringify(again[field])) continue;
    problems.cell(
      row.rowNumber,
      COLUMNS[key].heading,
      `Skiljer sig från rad ${open.firstRow}, som hör till samma ${what === 'processen' ? 'process' : 'risk'}. Skriv samma värde på alla rader för ${what} eller lämna cellen tom.`,
    );
  }
}

function toRisk(cells: RiskCells): RiskContent {
  const pair = (likelihood: number | null, consequence: number | null) =>
    likelihood === null || consequence === null ? null : { likelihood, consequence };
  return {
    text: cells.text,
    owner: cells.owner,
    qualityAreas: cells.qualityAreas,
    inherent: pair(cells.likelihood, cells.consequence),
    residual: pair(cells.residualLikelihood, cells.residualConsequence),
    controls: [],
    actions: [],
  };
}

/**
 * Turns the rows into processes: consecutive rows with the same Process form one
 * process, and within it consecutive rows with the same Risk one risk; each row adds
 * its control and its action to that risk. Every row is checked even after an error,
 * so the report lists all that is wrong at once.
 */
export function readMainTable(layout: TableLayout, context: TableContext, problems: Problems): ProcessContent[] {
  const processes: ProcessContent[] = [];
  let process: (Open<ProcessCells> & { content: ProcessContent | null }) | null = null;
  let risk: (Open<RiskCells> & { content: RiskContent | null }) | null = null;

  for (const sheetRow of layout.dataRows) {
    const row = cellsOf(layout, sheetRow);
    const name = row.text('process').trim();
    const riskText = row.text('risk').trim();
    const continuesProcess = process !== null && name !== '' && process.name === name;
    if (!continuesProcess) risk = null;

    const processHere = processCells(row, problems);
    if (continuesProcess && process) {
      compare(row, processKeys, process, processHere, 'processen', problems);
    } else if (name !== '') {
      const content = processHere ? { ...processHere, risks: [] } : null;
      if (content) processes.push(content);
      process = { name, firstRow: row.rowNumber, cells: processHere, content };
    } else {
      process = null;
    }

    const control = controlCells(row, problems);
    const action = actionCells(row, problems);
    if (riskText === '') {
      if (hasAny(row, [...RISK_DETAIL_COLUMNS, ...CONTROL_COLUMNS, ...ACTION_COLUMNS])) {
        problems.cell(row.rowNumber, COLUMNS.risk.heading, 'Raden har uppgifter om en risk, en egenkontroll eller en åtgärd men ingen risk. Skriv riskens text på raden.');
      }
      risk = null;
      continue;
    }

    const continuesRisk = risk !== null && risk.name === riskText;
    const riskHere = riskCells(row, context, !continuesRisk, problems);
    if (continuesRisk && risk) {
      compare(row, riskKeys, risk, riskHere, 'risken', problems);
    } else {
      const content = riskHere ? toRisk(riskHere) : null;
      if (content) process?.content?.risks.push(content);
      risk = { name: riskText, firstRow: row.rowNumber, cells: riskHere, content };
    }
    if (control !== 'none' && control) risk.content?.controls.push(control);
    if (action !== 'none' && action) risk.content?.actions.push(action);
  }
  return processes;
}
