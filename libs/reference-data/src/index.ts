export * from './lib/types';
export { COUNTIES, MUNICIPALITIES, REGIONS } from './lib/organizations.generated';
