import type { ChartMessages } from '../../messages';

export const charts: ChartMessages = {};
