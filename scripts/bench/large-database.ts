import { systemClock } from '../../db/clock';
import { openDatabase } from '../../db/connection';
import { addDemoChecklists, tuneDemoTargets } from '../../db/demo-checklists';
import { demoPlanContent } from '../../db/demo-content';
import { createRepositories } from '../../db/repositories';
import { directAnswerWriter } from './answer-insert';
import { addBenchRuns } from './bench-runs';

export interface DatabaseShape {
  units: number;
  years: number;
  answersPerPlan: number;
}

export const LARGE: DatabaseShape = { units: 20, years: 10, answersPerPlan: 1000 };

export interface BuiltDatabase {
  file: string;
  /** Every unit's plans, oldest year first. */
  plans: Array<{ unitName: string; planIds: string[] }>;
  answers: number;
  seconds: number;
}

const AREAS = ['Barn och unga – utredning', 'Barn och unga – placering', 'Vuxna – missbruk', 'Ekonomiskt bistånd', 'Familjerätt'];
const DISTRICTS = ['Norra', 'Södra', 'Östra', 'Västra'];
const ACTOR = 'Prestandatest';

export const unitName = (index: number) =>
  `${AREAS[index % AREAS.length]}, ${DISTRICTS[Math.floor(index / AREAS.length) % DISTRICTS.length]} stadsdelen${index >= AREAS.length * DISTRICTS.length ? ` ${index}` : ''}`;

/**
 * Units with a plan for each of the last `years` years up to today's: the demo plan with its
 * checklists, adopted and rolled over year by year as a unit would, and each year's answers.
 * Everything but the answers goes through the repositories, so the rows are the ones the app
 * itself writes; the answers are checked as the repository checks them and inserted directly.
 */
export async function buildDatabase(file: string, migrationsFolder: string, shape: DatabaseShape, today: string): Promise<BuiltDatabase> {
  const started = performance.now();
  const database = openDatabase(file, { migrationsFolder });
  const repos = createRepositories(database.db, systemClock);
  const writeAnswer = directAnswerWriter(database.sqlite);
  const lastYear = Number(today.slice(0, 4));
  const plans: BuiltDatabase['plans'] = [];
  let answers = 0;
  try {
    for (let u = 0; u < shape.units; u++) {
      const unit = repos.units.create(unitName(u));
      const planIds: string[] = [];
      for (let year = lastYear - shape.years + 1; year <= lastYear; year++) {
        const previous = planIds.at(-1);
        // A unit's year in one commit, as the demo does: written one by one, each row would wait for the disk.
        const id = repos.transaction(() => {
          const planId = previous
            ? repos.lifecycle.rollover(previous, ACTOR)
            : repos.lifecycle.createWithContent(unit.id, year, `Kvalitetsplan ${year}`, demoPlanContent(), ACTOR);
          if (!previous) {
            tuneDemoTargets(repos, planId, ACTOR);
            addDemoChecklists(repos, planId, ACTOR);
          }
          answers += addBenchRuns(repos, writeAnswer, planId, year, shape.answersPerPlan, today, u * 10_000 + year);
          if (year < lastYear) repos.lifecycle.setStatus(planId, 'adopted', ACTOR);
          return planId;
        });
        planIds.push(id);
        // better-sqlite3 frees a statement only when the event loop turns, and drizzle prepares one per query.
        await new Promise((resolve) => setImmediate(resolve));
      }
      plans.push({ unitName: unit.name, planIds });
    }
  } finally {
    database.close();
  }
  return { file, plans, answers, seconds: (performance.now() - started) / 1000 };
}
