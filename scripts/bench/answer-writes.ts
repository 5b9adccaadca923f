import { seededRandom } from '../../db/demo-runs';
import type { AppServices } from '../../electron/app/app-services';
import { plausibleAnswer } from './answer-values';
import { INSERT_ANSWER } from './answer-insert';
import { percentile, type Figure } from './report';

const TARGET_P99_MS = 5;

/** Cases to answer in a new run of the plan's first checklist, made beforehand so that only answers are timed. */
function casesToAnswer(services: AppServices, planId: string, date: string, count: number) {
  const { repos } = services;
  const template = repos.checklists.templates.get(repos.checklists.templates.list(planId)[0]!.id);
  const caseIds = repos.transaction(() => {
    const runId = repos.checklists.runs.start(template.id, { date, context: 'case_review', runBy: 'KL', team: 'Prestandatest' });
    return Array.from({ length: Math.ceil(count / template.items.length) }, (_, n) => repos.checklists.cases.add(runId, `Mätning ${n + 1}`).id);
  });
  return caseIds.flatMap((caseId) => template.items.map((item) => ({ caseId, item }))).slice(0, count);
}

/**
 * `count` answers through the dispatcher as the renderer sends them ('runs:answer': the zod
 * contract, the handler, the repository's checks, one committed transaction), each followed by
 * a raw prepared insert of the same kind into the same table on the same connection, so both
 * see the same load, WAL and synchronous=FULL. Each is a new answer: none replaces another.
 */
export async function measureAnswerWrites(services: AppServices, planId: string, date: string, count: number): Promise<Figure[]> {
  const random = seededRandom(7);
  const viaHandler = casesToAnswer(services, planId, date, count);
  const raw = casesToAnswer(services, planId, date, count);
  const insert = services.database.sqlite.prepare(INSERT_ANSWER);
  const handlerMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < count; i++) {
    // Each answer is a request of its own in the app, so the event loop turns between them.
    await new Promise((resolve) => setImmediate(resolve));
    const { caseId, item } = viaHandler[i]!;
    const value = plausibleAnswer(item, random, date);
    let started = performance.now();
    const reply = await services.dispatcher.invoke('runs:answer', { caseId, itemId: item.id, value });
    handlerMs.push(performance.now() - started);
    if (!reply.ok) throw new Error(`runs:answer was refused: ${reply.error.message}`);

    const target = raw[i]!;
    started = performance.now();
    insert.run(target.caseId, target.item.id, JSON.stringify(value), '', new Date().toISOString());
    rawMs.push(performance.now() - started);
  }
  const figure = (p: number, target: Figure['target']): Figure => ({
    name: `Answer write via 'runs:answer', p${p} of ${count}`,
    value: percentile(handlerMs, p),
    unit: 'ms',
    baseline: { name: 'raw prepared insert', value: percentile(rawMs, p) },
    target,
  });
  return [figure(50, null), figure(99, { below: TARGET_P99_MS })];
}
