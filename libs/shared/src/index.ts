export * from './lib/roles';
export * from './lib/limits';
export * from './lib/event';
export * from './lib/user';
export * from './lib/errors';
export * from './lib/application';
export * from './lib/review';
export * from './lib/notification';
