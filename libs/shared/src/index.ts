export * from './lib/enums';
export * from './lib/vocabularies';
export * from './lib/queues';
export * from './lib/accounts';
export * from './lib/organizations';
export * from './lib/cohorts';
export * from './lib/text';
