import type { NoDataMessages } from '../../messages';

export const noData: NoDataMessages = {};
