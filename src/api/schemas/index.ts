export * from './analytics';
export * from './common';
export * from './export';
export { INPUT_MESSAGES } from './input-messages';
export * from './params';
export * from './videos';
