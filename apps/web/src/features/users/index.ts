/** The accounts of an organisation, as its page shows them. */
export { UsersSection } from './UsersSection';
