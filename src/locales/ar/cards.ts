import type { CardMessages } from '../../messages';

export const cards: CardMessages = {};
