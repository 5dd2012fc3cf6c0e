export * from './analytics';
export * from './common';
export * from './export';
export * from './input-messages';
export * from './params';
export * from './videos';
