export * from './local-time';
export * from './recurrence';
export * from './coverage';
