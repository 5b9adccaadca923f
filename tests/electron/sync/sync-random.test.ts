import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../shared/errors';
import { ReportFields } from '../../../shared/reports/report';
import { SYNC_FOLDER } from '../../../shared/sync/file-format';
import { checklistPlan } from '../../support/checklist-fixture';
import { tempDir } from '../../support/temp-db';
import { openLaptop, type Laptop } from './sync-laptops';

type Op =
  | { kind: 'renamePlan' | 'addProcess' | 'sync'; device: number }
  | { kind: 'addRisk' | 'editRisk' | 'removeRisk' | 'addControl' | 'removeControl'; device: number; pick: number }
  | { kind: 'startRun' | 'addCase' | 'removeCase' | 'removeRun' | 'clearAnswer'; device: number; pick: number }
  | { kind: 'answer'; device: number; pick: number; item: 1 | 3 }
  | { kind: 'addReport' | 'editReport' | 'reportRisk' | 'reportStatus' | 'removeReport' | 'renameCategory' | 'analysis' | 'reportLimit' | 'measure'; device: number; pick: number }
  | { kind: 'damage'; pick: number; how: 'truncate' | 'flip' | 'foreign'; at: number };

const device = fc.nat({ max: 4 });
const pick = fc.nat({ max: 1000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('renamePlan' as const, 'addProcess' as const), device }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constantFrom('addRisk' as const, 'editRisk' as const, 'removeRisk' as const, 'addControl' as const, 'removeControl' as const), device, pick }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constantFrom('startRun' as const, 'addCase' as const, 'removeCase' as const, 'removeRun' as const, 'clearAnswer' as const), device, pick }),
  },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), device, pick, item: fc.constantFrom(1 as const, 3 as const) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'addReport' as const,
        'editReport' as const,
        'reportRisk' as const,
        'reportStatus' as const,
        'removeReport' as const,
        'renameCategory' as const,
        'analysis' as const,
        'reportLimit' as const,
        'measure' as const,
      ),
      device,
      pick,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('damage' as const), pick, how: fc.constantFrom('truncate' as const, 'flip' as const, 'foreign' as const), at: pick }) },
);

const at = <T>(list: T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length]);

/** What the test knows about each answer: who wrote it last, with which value, and whether a deletion had seen that value. */
class AnswerLedger {
  readonly last = new Map<string, string | number>();
  readonly covered = new Set<string>();
  readonly ownCases = new Map<string, number>();

  seenByDeletion(key: string, value: unknown) {
    this.covered.add(`${key}=${JSON.stringify(value)}`);
  }

  expected(): Map<string, string | number> {
    return new Map([...this.last].filter(([key, value]) => !this.covered.has(`${key}=${JSON.stringify(value)}`)));
  }
}

function planOf(laptop: Laptop) {
  const plan = laptop.repos.plans.list()[0]!;
  const detail = laptop.repos.planDetail(plan.id);
  const risks = detail.processes.flatMap((process) => process.risks);
  const runs = laptop.repos.checklists.runs.list({ planId: plan.id }).map((run) => laptop.repos.checklists.runs.get(run.id));
  const reports = laptop.repos.reports.list(plan.id, {}, '2026-12-31');
  return { plan, detail, risks, controls: risks.flatMap((risk) => risk.controls), runs, cases: runs.flatMap((run) => run.cases.map((runCase) => ({ run, runCase }))), reports };
}

function damage(folder: string, step: Extract<Op, { kind: 'damage' }>, counter: number): void {
  const root = path.join(folder, SYNC_FOLDER);
  if (!fs.existsSync(root)) return;
  const devices = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory());
  const files = devices.flatMap((name) => fs.readdirSync(path.join(root, name)).map((file) => path.join(root, name, file)));
  if (step.how === 'foreign') {
    const where = at(devices, step.pick) ?? '';
    fs.writeFileSync(path.join(root, where, step.at % 2 === 0 ? `anteckning-${counter}.txt` : `changes-00000000000${String(counter).padStart(4, '0')}-00000.json`), 'inte en synkfil');
    return;
  }
  const file = at(files, step.pick);
  if (!file) return;
  const bytes = fs.readFileSync(file);
  if (step.how === 'truncate') fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  else if (bytes.length > 0) {
    const index = step.at % bytes.length;
    bytes[index] = bytes[index]! ^ 0x5a;
    fs.writeFileSync(file, bytes);
  }
}

async function apply(laptops: Laptop[], folder: string, answers: AnswerLedger, step: Op, counter: number): Promise<void> {
  if (step.kind === 'damage') return damage(folder, step, counter);
  const laptop = laptops[step.device % laptops.length]!;
  const { repos, name } = laptop;
  if (step.kind === 'sync') {
    await laptop.sync.syncNow();
    return;
  }
  const { plan, detail, risks, controls, runs, cases, reports } = planOf(laptop);
  const risk = 'pick' in step ? at(risks, step.pick) : undefined;
  const report = 'pick' in step ? at(reports, step.pick) : undefined;
  switch (step.kind) {
    case 'addReport': {
      const kind = (['avvikelse', 'klagomal', 'lex_sarah'] as const)[step.pick % 3]!;
      const category = repos.reports.categories.list(plan.unitId).find((candidate) => candidate.kind === kind);
      repos.reports.create(
        plan.id,
        ReportFields.parse({
          kind,
          receivedOn: `2026-0${1 + (step.pick % 9)}-1${step.pick % 10}`,
          categoryId: category?.id ?? null,
          subject: `Rapport ${name} ${counter}`,
          processId: at(detail.processes, step.pick)?.id ?? null,
          qualityAreaIds: detail.qualityAreas.slice(0, 1).map((area) => area.id),
        }),
        name,
      );
      return;
    }
    case 'editReport':
      // Two laptops editing the same report offline: each writes other fields and the same one.
      if (report) repos.reports.update(report.id, counter % 2 === 0 ? { subject: `Ändrad av ${name} ${counter}`, findings: `Fann ${name}` } : { subject: `Rubrik ${name} ${counter}`, description: `Beskrivet av ${name} ${counter}` });
      return;
    case 'reportRisk':
      if (report && risk) repos.reports.linkRisk(report.id, risk.id, step.pick % 3 !== 0);
      return;
    case 'reportStatus':
      if (report) repos.reports.setStatus(report.id, report.status === 'mottagen' ? 'under_utredning' : 'mottagen');
      return;
    case 'removeReport':
      if (report) repos.reports.remove(report.id, true);
      return;
    case 'renameCategory': {
      const category = at(repos.reports.categories.list(plan.unitId), step.pick);
      if (category) repos.reports.categories.rename(category.id, `Kategori ${name} ${counter}`);
      return;
    }
    case 'analysis':
      repos.reports.analyses.set(plan.id, 'tertial', ['2026-01-01', '2026-05-01'][step.pick % 2]!, `Analys av ${name} ${counter}`, name);
      return;
    case 'measure': {
      // A control measured from the register on one laptop, measured otherwise again on another.
      const control = at(controls, step.pick);
      if (control) repos.reports.measures.set(control.id, step.pick % 3 === 0 ? null : { kind: 'avvikelse', metric: 'investigated_within', days: 1 + (counter % 60) });
      return;
    }
    case 'reportLimit':
      repos.reports.settings.update(plan.unitId, { kind: 'avvikelse', limitDays: 1 + (counter % 60), feedbackDays: null });
      return;
    case 'renamePlan':
      return void repos.plans.rename(plan.id, `Plan ${name} ${counter}`, name);
    case 'addProcess':
      return void repos.processes.create(plan.id, { name: `Process ${name} ${counter}`, group: 'main', responsibleTeam: '' }, name);
    case 'addRisk': {
      const process = at(detail.processes, step.pick);
      if (process) repos.risks.create(process.id, { text: `Risk ${name} ${counter}`, owner: '', qualityAreaIds: detail.qualityAreas.slice(0, 2).map((area) => area.id) }, name);
      return;
    }
    case 'editRisk':
      if (risk) repos.risks.update(risk.id, { text: `Risk ändrad av ${name} ${counter}` }, name);
      return;
    case 'removeRisk':
      if (risk) repos.risks.remove(risk.id, name);
      return;
    case 'addControl':
      if (risk) repos.controls.create(risk.id, { definition: `Kontroll ${name} ${counter}`, method: 'checklist', methodDescription: '', responsible: '', occasion: '', frequency: 'monthly', measureKind: 'share', targetValue: 100, targetUnit: '%', targetDirection: 'at_least', tolerance: 0 }, name);
      return;
    case 'removeControl': {
      const control = at(controls, step.pick);
      if (control) repos.controls.remove(control.id, name);
      return;
    }
    case 'startRun': {
      const template = at(repos.checklists.templates.list(plan.id), step.pick);
      if (template) repos.checklists.runs.start(template.id, { date: '2026-03-10', context: 'case_review', runBy: name, team: '' });
      return;
    }
    case 'addCase': {
      const run = at(runs, step.pick);
      if (run) answers.ownCases.set(repos.checklists.cases.add(run.id, `Ärende ${name} ${counter}`).id, step.device % laptops.length);
      return;
    }
    case 'answer': {
      const own = cases.filter(({ runCase }) => answers.ownCases.get(runCase.id) === step.device % laptops.length);
      const chosen = at(own, step.pick);
      const item = chosen?.run.items[step.item];
      if (!chosen || !item) return;
      const value = step.item === 1 ? counter % 366 : `Svar ${name} ${counter}`;
      repos.checklists.answers.answer(chosen.runCase.id, item.id, value);
      answers.last.set(`${chosen.runCase.id}|${item.id}`, value);
      return;
    }
    case 'clearAnswer': {
      const chosen = at(cases.flatMap(({ runCase }) => runCase.answers.map((answer) => ({ runCase, answer }))), step.pick);
      if (!chosen) return;
      answers.seenByDeletion(`${chosen.runCase.id}|${chosen.answer.itemId}`, chosen.answer.value);
      repos.checklists.answers.clear(chosen.runCase.id, chosen.answer.itemId);
      return;
    }
    case 'removeCase': {
      const chosen = at(cases, step.pick);
      if (!chosen) return;
      for (const answer of chosen.runCase.answers) answers.seenByDeletion(`${chosen.runCase.id}|${answer.itemId}`, answer.value);
      repos.checklists.cases.remove(chosen.runCase.id, true);
      return;
    }
    case 'removeRun': {
      const run = at(runs, step.pick);
      if (!run) return;
      for (const runCase of run.cases) for (const answer of runCase.answers) answers.seenByDeletion(`${runCase.id}|${answer.itemId}`, answer.value);
      repos.checklists.runs.remove(run.id, true);
      return;
    }
  }
}

function answersOf(laptop: Laptop): Map<string, unknown> {
  const { cases } = planOf(laptop);
  return new Map(cases.flatMap(({ runCase }) => runCase.answers.map((answer) => [`${runCase.id}|${answer.itemId}`, answer.value] as const)));
}

const opened: Laptop[] = [];
afterEach(() => {
  for (const laptop of opened.splice(0)) laptop.close();
});

describe('three to five laptops editing offline and syncing in any order through a folder that gets damaged', () => {
  it('end with the same data on every laptop, every answer given and not deleted knowingly included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 3, max: 5 }), fc.boolean(), fc.array(op, { minLength: 10, maxLength: 60 }), async (count, separateStarts, steps) => {
        const folder = tempDir('kh-sync-random-');
        const laptops = Array.from({ length: count }, (_, index) => openLaptop(`Dator${index + 1}`, folder));
        opened.push(...laptops);
        const answers = new AnswerLedger();
        if (separateStarts) {
          for (const laptop of laptops) checklistPlan(laptop.repos);
        } else {
          checklistPlan(laptops[0]!.repos);
          for (const laptop of laptops) await laptop.sync.syncNow();
        }
        for (const [counter, step] of steps.entries()) {
          try {
            await apply(laptops, folder, answers, step, counter);
          } catch (error) {
            // Edits aimed at something another laptop's changes have since removed are refused, as in the app.
            if (!isAppError(error)) throw error;
          }
        }
        // A final clean round for everyone, repeated until nothing is left to send.
        for (let pass = 0; pass < 8; pass++) {
          let sent = 0;
          for (const laptop of laptops) sent += (await laptop.sync.syncNow()).lastRound?.sent ?? 0;
          if (sent === 0 && pass > 0) break;
        }
        const reference = laptops[0]!.data();
        for (const laptop of laptops.slice(1)) expect(laptop.data()).toEqual(reference);
        const held = answersOf(laptops[0]!);
        for (const [key, value] of answers.expected()) expect(held.get(key), key).toEqual(value);
        for (const laptop of laptops) {
          expect(laptop.sync.status().pending).toBe(0);
          expect(laptop.repos.plans.list()).toHaveLength(1);
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
