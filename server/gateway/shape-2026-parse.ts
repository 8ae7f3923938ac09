/**
 * Reading upstream JSON with the contract's schemas without letting one odd item sink a page: an
 * item its schema refuses is still shown, from the fields that parse on their own, and what was
 * refused is reported (once per kind of problem, so a systematic deviation is one log line).
 */
import { z } from 'zod/mini';

export type Raw = Record<string, unknown>;

export const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An item the upstream sent that its schema refused, for the log. */
export interface ShapeProblem {
  /** What was being read: `asset`, `face`, `person`, `album`, `library`. */
  resource: string;
  id: string | null;
  /** Each refused field (`''` for the item itself) and why. */
  issues: { path: string; message: string }[];
}

/** An object schema whose fields can be parsed one by one (every `z.object` of the contract). */
type ObjectSchema<T> = z.ZodMiniType<T> & { shape: Record<string, z.ZodMiniType> };

const Identified = z.object({ id: z.string() });

/** The upstream item's id, when it has a usable one. */
export const idOfItem = (item: unknown): string | null => {
  const parsed = Identified.safeParse(item);
  return parsed.success ? parsed.data.id : null;
};

/**
 * `raw` parsed with the first of `schemas` that takes it whole. When none does, the fields of the
 * first that parse on their own are kept (a refused field is left out, as if the upstream had not
 * sent it) and the refusal is reported: the adapters fill what is missing.
 */
export function parseItem<T extends object>(
  resource: string,
  raw: unknown,
  schemas: readonly [ObjectSchema<T>, ...ObjectSchema<T>[]],
  report?: (problem: ShapeProblem) => void,
): Partial<T> {
  const [primary] = schemas;
  let refusal: z.core.$ZodError | undefined;
  for (const schema of schemas) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    refusal ??= parsed.error;
  }
  report?.({
    resource,
    id: idOfItem(raw),
    issues: (refusal?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
  const kept: Record<string, unknown> = {};
  if (isObj(raw)) {
    for (const [key, field] of Object.entries(primary.shape)) {
      const parsed = field.safeParse(raw[key]);
      if (parsed.success && parsed.data !== undefined) kept[key] = parsed.data;
    }
  }
  return kept as Partial<T>;
}

/** Enough distinct problems to describe any upstream; beyond it they are surely all alike. */
const MAX_REPORTED = 100;

/**
 * A `report` for `parseItem` that hands each distinct problem (resource + refused fields) to
 * `onError` once, so an upstream that always leaves a field out logs one line, not one per item.
 */
export function reportOnce(onError?: (error: unknown) => void): (problem: ShapeProblem) => void {
  const seen = new Set<string>();
  return (problem) => {
    const key = `${problem.resource}:${problem.issues.map((issue) => issue.path).join(',')}`;
    if (!onError || seen.has(key) || seen.size >= MAX_REPORTED) return;
    seen.add(key);
    const which = problem.id ? ` ${problem.id}` : '';
    const why = problem.issues.map((issue) => `${issue.path || '(item)'}: ${issue.message}`).join('; ');
    onError(
      new Error(
        `Upstream ${problem.resource}${which} does not match its schema (${why}); adapted from the fields that parse`,
      ),
    );
  };
}

/** An upstream list: `{data, has_more}`, or the bare array some list endpoints answer. */
const UpstreamPage = z.union([
  z.array(z.unknown()),
  z.object({ data: z.array(z.unknown()), has_more: z.optional(z.unknown()) }),
]);

/** `{data, has_more}` from an upstream page, its items still to parse one by one; null when it is no page. */
export function pageItems(body: unknown): { data: Raw[]; hasMore: boolean } | null {
  const page = UpstreamPage.safeParse(body);
  if (!page.success) return null;
  if (Array.isArray(page.data)) return { data: page.data.filter(isObj), hasMore: false };
  return { data: page.data.data.filter(isObj), hasMore: page.data.has_more === true };
}
