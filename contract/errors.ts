/** FastAPI-style error bodies, and a reader that tolerates the other shapes seen in the wild. */
import { z } from 'zod/mini';

export const ValidationIssue = z.object({
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  type: z.string(),
  input: z.optional(z.unknown()),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const ErrorBody = z.object({ detail: z.union([z.string(), z.array(ValidationIssue)]) });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The human message of any error body: FastAPI `detail`, or `{message}` / `{error}`. */
export function errorMessageOf(body: unknown): string | null {
  const parsed = ErrorBody.safeParse(body);
  if (parsed.success) {
    const { detail } = parsed.data;
    if (typeof detail === 'string') return detail;
    return detail.map((issue) => `${issue.loc.join('.')}: ${issue.msg}`).join('; ');
  }
  if (body && typeof body === 'object') {
    for (const key of ['message', 'error'] as const) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
    }
  }
  return null;
}
