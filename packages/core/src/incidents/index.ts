export * from './lists';
export * from './draft';
export * from './fine-deadline';
export * from './personal-data';
export * from './evidence';
export * from './retention';
export * from './report';
export * from './bans';
