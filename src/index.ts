// The browser entry: provider, hooks, components and types. It holds no proxy code and takes no API key.
export * from './api/public';
export * from './components';
export * from './hooks';
export * from './messages';
export * from './theme';
