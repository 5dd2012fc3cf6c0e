import * as v from 'valibot';
import { ROUTES, type RouteName } from './routes';
import {
  AccountAnalyticsParamsSchema,
  CreateVideoInputSchema,
  DateRangeSchema,
  ExportRequestSchema,
  ListVideosParamsSchema,
} from './schemas/params';
import { fieldErrorsOf } from './validate';

/** A request part that passed the client's own schema, or the per-field messages (keyed by wire name) it failed with. */
export type RequestCheck<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> };

/** How a route's query string maps onto the option object the client validates before sending. */
interface QueryRule {
  schema: v.GenericSchema;
  /** Wire name → the client's option name. */
  names: Record<string, string>;
}

const RANGE = { start_date: 'startDate', end_date: 'endDate' };

const QUERY_RULES: Partial<Record<RouteName, QueryRule>> = {
  listVideos: { schema: ListVideosParamsSchema, names: { page: 'page', limit: 'limit', status: 'status' } },
  getVideoAnalytics: { schema: DateRangeSchema, names: RANGE },
  getAccountAnalytics: { schema: AccountAnalyticsParamsSchema, names: { ...RANGE, group_by: 'groupBy' } },
  getTemplateAnalytics: { schema: DateRangeSchema, names: RANGE },
};

const BODY_SCHEMAS: Partial<Record<RouteName, v.GenericSchema>> = {
  createVideo: CreateVideoInputSchema,
  createAnalyticsExport: ExportRequestSchema,
};

// The client sends numbers as plain digits; anything else stays text, which the number schemas refuse.
const fromWire = (text: string): string | number => (/^-?\d{1,20}$/.test(text) ? Number(text) : text);

/**
 * Checks a route's documented query parameters (first value of each; every other parameter is dropped) with the
 * schema the client checks its options with, and rebuilds the query from the checked values, in table order.
 */
export function checkRouteQuery(name: RouteName, params: URLSearchParams): RequestCheck<URLSearchParams> {
  const rule = QUERY_RULES[name];
  const query = new URLSearchParams();
  if (!rule) return { ok: true, value: query };
  const input: Record<string, string | number> = {};
  for (const [wire, option] of Object.entries(rule.names)) {
    const text = params.get(wire);
    if (text !== null) input[option] = fromWire(text);
  }
  const result = v.safeParse(rule.schema, input);
  if (!result.success) {
    const wireOf = Object.fromEntries(Object.entries(rule.names).map(([wire, option]) => [option, wire]));
    return { ok: false, fields: fieldErrorsOf(result.issues, 'query', (field) => wireOf[field] ?? field) };
  }
  const output = result.output as Record<string, unknown>;
  for (const wire of ROUTES[name].query) {
    const value = output[rule.names[wire] ?? ''];
    if (value !== undefined) query.set(wire, String(value));
  }
  return { ok: true, value: query };
}

/**
 * Checks a route's JSON body with the schema the client checks it with; the value is the checked body (trimmed, and
 * with undocumented fields dropped), which is what travels on.
 */
export function checkRouteBody(name: RouteName, body: unknown): RequestCheck<unknown> {
  const schema = BODY_SCHEMAS[name];
  if (!schema) return { ok: true, value: body };
  const result = v.safeParse(schema, body);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, fields: fieldErrorsOf(result.issues, 'body') };
}
