export * from './analytics';
export * from './charts';
export type { DataStateProps, MessagesProps } from './data-state';
export type { DisplayError } from './format';
export * from './video';
