import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { UserRole } from '../../gql/graphql';
import { Loading } from '../../shared/ui/Loading';
import { QueryError } from '../../shared/ui/QueryError';
import { NoAccessPage } from '../pages';
import { loginPath } from './next-path';
import { useCurrentUser } from './session';

/**
 * Guards a page: anonymous visitors go to the login page (and come back afterwards), users
 * without the role see why they cannot. The API enforces the same rules; this is for the user.
 */
export function RequireAuth({ role, children }: { role?: UserRole; children: ReactNode }) {
  const { user, loading, error } = useCurrentUser();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user && error) return <QueryError error={error} />;
  if (!user) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  if (role && user.role !== role) return <NoAccessPage />;
  return <>{children}</>;
}
