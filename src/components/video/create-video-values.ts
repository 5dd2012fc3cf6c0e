import type { AspectRatio, CreateVideoInput } from '../../api';
import type { RowProblem } from './field-error-text';

/** The tones `ai_messaging.tone` offers. */
export const VIDEO_TONES = ['friendly', 'professional', 'casual', 'enthusiastic'] as const;

/** The customer fields every new form starts with. */
const SUGGESTED_CUSTOMER_FIELDS = ['first_name', 'last_name', 'company', 'product_interest'] as const;

/** One editable key/value row of `customer_data`; `id` keeps React's identity as rows come and go. */
export interface CustomerRow {
  id: string;
  key: string;
  value: string;
}

/** One key point; `id` as for customer rows. */
export interface KeyPointRow {
  id: string;
  value: string;
}

/** Everything the create form holds, as typed: nothing is lost when a request fails. */
export interface CreateVideoValues {
  title: string;
  templateId: string;
  customer: CustomerRow[];
  tone: string;
  keyPoints: KeyPointRow[];
  aspectRatio: AspectRatio;
  projectId: string;
  /** The next row id; kept in state so ids are deterministic. */
  nextId: number;
}

/** A blank form: the suggested customer fields, no key points, 9:16 (the API's default). */
export function initialValues(defaults: Partial<CreateVideoInput> = {}): CreateVideoValues {
  const entries = Object.entries(defaults.customer_data ?? {});
  const keys = new Set(entries.map(([key]) => key));
  const suggested = SUGGESTED_CUSTOMER_FIELDS.filter((key) => !keys.has(key)).map((key) => [key, ''] as const);
  const rows = [...entries, ...suggested].map(([key, value], index) => ({ id: `r${index}`, key, value }));
  const points = (defaults.ai_messaging?.key_points ?? []).map((value, index) => ({
    id: `r${rows.length + index}`,
    value,
  }));
  return {
    title: defaults.title ?? '',
    templateId: defaults.template_id ?? '',
    customer: rows,
    tone: defaults.ai_messaging?.tone ?? '',
    keyPoints: points,
    aspectRatio: defaults.aspect_ratio ?? '9:16',
    projectId: defaults.project_id ?? '',
    nextId: rows.length + points.length,
  };
}

/** The field-error key of a customer row's value, as the API and the schema name it. */
export const customerErrorKey = (row: CustomerRow) => `customer_data.${row.key.trim()}`;

/** The field-error key of a customer row's name, for problems with the name itself. */
export const customerNameErrorKey = (row: CustomerRow) => `customer_data.#${row.id}`;

/** The field-error key of a key point, by its index among the points that will be sent. */
export const keyPointErrorKey = (index: number) => `ai_messaging.key_points.${index}`;

/** Errors the schema cannot see: a value without a name, and a name used twice (worded by `fieldErrorText`). */
export function checkCustomerRows(rows: readonly CustomerRow[]): Record<string, RowProblem> {
  const errors: Record<string, RowProblem> = {};
  const seen = new Set<string>();
  for (const row of rows) {
    const key = row.key.trim();
    if (!key && row.value.trim()) errors[customerNameErrorKey(row)] = 'createErrorNameMissing';
    else if (key && seen.has(key)) errors[customerNameErrorKey(row)] = 'createErrorNameUsed';
    if (key) seen.add(key);
  }
  return errors;
}

/** The request body: blank rows, blank key points and an empty project id are left out. */
export function toCreateVideoInput(values: CreateVideoValues): CreateVideoInput {
  const customer_data: Record<string, string> = {};
  for (const row of values.customer) {
    const key = row.key.trim();
    if (key && row.value.trim()) customer_data[key] = row.value.trim();
  }
  const key_points = values.keyPoints.map((point) => point.value.trim()).filter(Boolean);
  const ai_messaging = {
    ...(values.tone && { tone: values.tone }),
    ...(key_points.length > 0 && { key_points }),
  };
  return {
    title: values.title,
    template_id: values.templateId,
    customer_data,
    ...(Object.keys(ai_messaging).length > 0 && { ai_messaging }),
    aspect_ratio: values.aspectRatio,
    ...(values.projectId.trim() && { project_id: values.projectId.trim() }),
  };
}

/** How a field changes the form: a patch computed from the latest values, and the error keys the edit clears. */
export type CreateVideoUpdate = (
  patch: (values: CreateVideoValues) => Partial<CreateVideoValues>,
  ...clearErrors: string[]
) => void;

// The error keys a fixed field of the form shows; customer rows and key points are added per form.
const FIELD_KEYS = [
  'title',
  'template_id',
  'customer_data',
  'ai_messaging',
  'ai_messaging.tone',
  'ai_messaging.key_points',
  'aspect_ratio',
  'project_id',
];

/** Errors no field shows (a key the form has no box for), so the form can list them instead of losing them. */
export function unmatchedErrors(errors: Record<string, string>, values: CreateVideoValues): Array<[string, string]> {
  const shown = new Set(FIELD_KEYS);
  for (const row of values.customer) {
    shown.add(customerNameErrorKey(row));
    if (row.key.trim()) shown.add(customerErrorKey(row));
  }
  const sent = values.keyPoints.filter((point) => point.value.trim()).length;
  for (let index = 0; index < sent; index++) shown.add(keyPointErrorKey(index));
  return Object.entries(errors).filter(([key]) => !shown.has(key));
}
