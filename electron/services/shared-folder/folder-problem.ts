import { AppError, localized, type ErrorCode, type LocalizedMessage } from '../../../shared/errors';

/** Why the shared folder could not be used, in words for the person at the keyboard. */
export interface FolderProblem extends LocalizedMessage {
  kind: 'unreachable' | 'read-only' | 'full' | 'damaged' | 'exists';
  /** Worth trying again later without anyone doing anything (the share comes back, space is freed). */
  retryable: boolean;
}

const codes: Record<FolderProblem['kind'], ErrorCode> = { unreachable: 'NOT_FOUND', 'read-only': 'FORBIDDEN', full: 'CONFLICT', damaged: 'CONFLICT', exists: 'CONFLICT' };

/** An AppError, so a folder problem that reaches the dispatcher (the yearbook's folder, say) is shown as itself. */
export class FolderError extends AppError {
  constructor(readonly problem: FolderProblem) {
    super(codes[problem.kind], problem.key, problem.params as never);
    this.name = 'FolderError';
  }
}

const UNREACHABLE = new Set(['ENOENT', 'ENOTDIR', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EIO', 'ESTALE', 'ENXIO', 'EBUSY', 'ECONNRESET']);
const READ_ONLY = new Set(['EACCES', 'EPERM', 'EROFS']);
const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Turns a file-system error on the shared folder into a FolderProblem with its message key. */
export function folderProblem(error: unknown, folder: string): FolderProblem {
  if (error instanceof FolderError) return error.problem;
  const code = errorCode(error);
  if (code && READ_ONLY.has(code)) {
    return { kind: 'read-only', retryable: true, ...localized('folders.readOnly', { folder }) };
  }
  if (code && FULL.has(code)) {
    return { kind: 'full', retryable: true, ...localized('folders.full', { folder }) };
  }
  if (code === undefined || UNREACHABLE.has(code)) {
    return { kind: 'unreachable', retryable: true, ...localized('folders.unreachable', { folder }) };
  }
  return { kind: 'unreachable', retryable: true, ...localized('folders.unusable', { folder, code }) };
}
