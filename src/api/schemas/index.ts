export * from './analytics';
export * from './common';
export * from './export';
export * from './params';
export * from './videos';
