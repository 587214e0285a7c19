export * from './lists';
export * from './draft';
export * from './fine-deadline';
export * from './personal-data';
