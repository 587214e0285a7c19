export * from './roles';
export * from './organisation';
export * from './account';
export * from './audit';
export * from './boards/doc-name';
export * from './boards/write-rules';
export * from './boards/entries';
export * from './boards/board-model';
