export * from './roles';
export * from './organisation';
export * from './account';
export * from './audit';
