export * from './local-time';
export * from './recurrence';
export * from './coverage';
export * from './service-types';
