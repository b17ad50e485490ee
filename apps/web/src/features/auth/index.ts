/**
 * What other features use of the session. Pages and the route guard (RequireAuth) are the routes'
 * business: app/routes.tsx imports them from their modules (the guard shows the pages feature's
 * NoAccessPage, and the pages feature uses the session: exporting the guard here would close a cycle).
 */
export { loginPath } from './next-path';
export { forgetLegacyToken, useCurrentUser, useSession } from './session';
