export * from './analytics';
export * from './charts';
export * from './video';
