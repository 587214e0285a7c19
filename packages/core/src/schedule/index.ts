export * from './local-time';
export * from './recurrence';
