/**
 * The sentences a person sees when an input is refused. The client's checks and the mock's 400/422 answers both
 * read them, so a field says the same thing whether it was stopped before sending or by the (mock) API.
 */
export const INPUT_MESSAGES = {
  page: 'Page must be a whole number, 1 or more.',
  limit: 'Limit must be a whole number from 1 to 100.',
  status: 'Status must be draft, processing, published or failed.',
  date: 'Use a real date in YYYY-MM-DD form.',
  endBeforeStart: 'The end date must be on or after the start date.',
  groupBy: 'Group by day, week or month.',
  exportType: 'Export type must be video, account or template.',
  exportId: 'Give the id of the video or template to export.',
  format: 'Format must be csv or json.',
  metrics: 'Metrics must be a list of metric names.',
  noMetrics: 'Choose at least one metric, or leave metrics out to export them all.',
  unknownMetric: (name: string, known: readonly string[]) => `Unknown metric "${name}"; use ${known.join(', ')}.`,
  title: 'Give the video a title.',
  titleLength: 'Give the video a title of at most 200 characters.',
  templateId: 'Choose a template.',
  customerData: 'Customer data must be an object of text values.',
  customerFields: 'Customer data can have at most 50 fields.',
  customerFieldName: 'Every customer field needs a name of at most 100 characters.',
  customerValue: 'A customer field can hold at most 1,000 characters.',
  aiMessaging: 'AI messaging takes a tone and a list of key points.',
  tone: 'The tone can be at most 100 characters.',
  keyPoints: 'Give at most 10 key points.',
  keyPoint: 'Key points cannot be empty.',
  keyPointLength: 'A key point can be at most 500 characters.',
  idLength: 'An id can be at most 200 characters.',
  aspectRatio: 'Aspect ratio must be 9:16, 16:9 or 1:1.',
  projectId: 'The project id must be text.',
} as const;
