import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FromMainSide, MeasureJob, ToMainSide } from './protocol';
import type { Figure } from './report';

type Reply<K extends FromMainSide['kind']> = Extract<FromMainSide, { kind: K }>;

export interface MainSide {
  url: string;
  startedAt: number;
  measure(job: MeasureJob): Promise<Figure[]>;
  stop(): Promise<Reply<'stopped'>>;
  kill(): void;
}

/** Where the bundle finds better-sqlite3 and pdfkit, which it leaves outside as the Electron main does. */
const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));

export interface MainSideFiles {
  /** The bundle of main-side.ts (bundleMainSide). */
  bundle: string;
  databaseFile: string;
  distFolder: string;
  migrationsFolder: string;
  version: string;
}

function nextReply<K extends FromMainSide['kind']>(child: ChildProcess, kind: K): Promise<Reply<K>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromMainSide) => {
      if (message.kind !== kind && message.kind !== 'failed') return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (message.kind === 'failed') reject(new Error(`The main-side process failed: ${message.message}`));
      else resolve(message as Reply<K>);
    };
    const onExit = (code: number | null) => reject(new Error(`The main-side process ended (exit code ${code}) before it said '${kind}'.`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The app's services and web harness on the database, in a child process of plain Node running the bundle. */
export async function startMainSide(files: MainSideFiles): Promise<MainSide> {
  const child = fork(files.bundle, [files.databaseFile, files.distFolder, files.migrationsFolder, files.version], {
    execArgv: [],
    env: { ...process.env, NODE_PATH: path.resolve(nodeModules) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const send = (message: ToMainSide) => child.send(message);
  const ready = await nextReply(child, 'ready').catch((error: unknown) => {
    child.kill();
    throw error;
  });
  return {
    url: ready.url,
    startedAt: ready.startedAt,
    measure(job) {
      const reply = nextReply(child, 'figures');
      send({ kind: 'measure', job });
      return reply.then((message) => message.figures);
    },
    stop() {
      const reply = nextReply(child, 'stopped');
      send({ kind: 'stop' });
      return reply;
    },
    kill: () => child.kill(),
  };
}
