import type { CreateMessages } from '../../messages';

export const create: CreateMessages = {};
