import { z } from 'zod';

/** One thing wrong in an imported plan file, at its row and column when it has one. */
export const ImportProblem = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/** One line of an import report as a person reads it: "Rad 7, Sannolikhet: 7 finns inte på planens skala 1–4." */
export function problemLine(problem: ImportProblem): string {
  if (problem.row === null) return problem.message;
  return problem.column === null ? `Rad ${problem.row}: ${problem.message}` : `Rad ${problem.row}, ${problem.column}: ${problem.message}`;
}
