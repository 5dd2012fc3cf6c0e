/**
 * The sentences a person sees when an input is refused. The client's checks and the mock's 400/422 answers both
 * read them, so a field says the same thing whether it was stopped before sending or by the (mock) API.
 * One constant each, so a bundler keeps only the sentences the schemas an app uses read.
 */
export const page = 'Page must be a whole number, 1 or more.';
export const limit = 'Limit must be a whole number from 1 to 100.';
export const status = 'Status must be draft, processing, published or failed.';
export const date = 'Use a real date in YYYY-MM-DD form.';
export const endBeforeStart = 'The end date must be on or after the start date.';
export const groupBy = 'Group by day, week or month.';
export const exportType = 'Export type must be video, account or template.';
export const exportId = 'Give the id of the video or template to export.';
export const format = 'Format must be csv or json.';
export const metrics = 'Metrics must be a list of metric names.';
export const noMetrics = 'Choose at least one metric, or leave metrics out to export them all.';
export const unknownMetric = (name: string, known: readonly string[]) =>
  `Unknown metric "${name}"; use ${known.join(', ')}.`;
export const title = 'Give the video a title.';
export const titleLength = 'Give the video a title of at most 200 characters.';
export const templateId = 'Choose a template.';
export const customerData = 'Customer data must be an object of text values.';
export const customerDataMissing = 'Give customer data, an object of text values (it may be empty).';
export const videoObject = 'The video must be an object with a title, template_id and customer_data.';
export const exportObject = 'The export request must be an object with a type.';
export const customerFields = 'Customer data can have at most 50 fields.';
export const customerFieldName = 'Every customer field needs a name of at most 100 characters.';
export const customerValue = 'A customer field can hold at most 1,000 characters.';
export const aiMessaging = 'AI messaging takes a tone and a list of key points.';
export const tone = 'The tone can be at most 100 characters.';
export const keyPoints = 'Give at most 10 key points.';
export const keyPoint = 'Key points cannot be empty.';
export const keyPointLength = 'A key point can be at most 500 characters.';
export const idLength = 'An id can be at most 200 characters.';
export const aspectRatio = 'Aspect ratio must be 9:16, 16:9 or 1:1.';
export const projectId = 'The project id must be text.';

/** Every sentence by name, for the mock. */
export const INPUT_MESSAGES = {
  page,
  limit,
  status,
  date,
  endBeforeStart,
  groupBy,
  exportType,
  exportId,
  format,
  metrics,
  noMetrics,
  unknownMetric,
  title,
  titleLength,
  templateId,
  customerData,
  customerDataMissing,
  videoObject,
  exportObject,
  customerFields,
  customerFieldName,
  customerValue,
  aiMessaging,
  tone,
  keyPoints,
  keyPoint,
  keyPointLength,
  idLength,
  aspectRatio,
  projectId,
} as const;
