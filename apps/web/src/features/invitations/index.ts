/** The open invitations of an organisation, as its page shows them. */
export { InvitationsSection } from './InvitationsSection';
