export * from './analytics';
export * from './charts';
export type { DataStateProps } from './data-state';
export type { DisplayError } from './format';
export * from './video';
