/** Why the shared folder could not be used, in words for the person at the keyboard. */
export interface FolderProblem {
  kind: 'unreachable' | 'read-only' | 'full' | 'damaged' | 'exists';
  /** Worth trying again later without anyone doing anything (the share comes back, space is freed). */
  retryable: boolean;
  message: string;
}

export class FolderError extends Error {
  constructor(readonly problem: FolderProblem) {
    super(problem.message);
    this.name = 'FolderError';
  }
}

const UNREACHABLE = new Set(['ENOENT', 'ENOTDIR', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EIO', 'ESTALE', 'ENXIO', 'EBUSY', 'ECONNRESET']);
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Turns a file-system error on the shared folder into a FolderProblem with a Swedish message. */
export function folderProblem(error: unknown, folder: string): FolderProblem {
  if (error instanceof FolderError) return error.problem;
  const code = errorCode(error);
  if (code && READ_ONLY.has(code)) {
    return {
      kind: 'read-only',
      retryable: true,
      message: `Programmet får inte skriva i mappen ${folder}. Be IT-stödet om skrivrätt till mappen, eller välj en annan mapp under Export.`,
    };
  }
  if (code && FULL.has(code)) {
    return {
      kind: 'full',
      retryable: true,
      message: `Det finns inte plats i mappen ${folder}. Be IT-stödet frigöra utrymme.`,
    };
  }
  if (code === undefined || UNREACHABLE.has(code)) {
    return {
      kind: 'unreachable',
      retryable: true,
      message: `Mappen ${folder} går inte att nå just nu. Kontrollera att datorn är ansluten till kommunens nätverk och att mappen finns.`,
    };
  }
  return {
    kind: 'unreachable',
    retryable: true,
    message: `Mappen ${folder} gick inte att använda (${code}).`,
  };
}
