import type { RouteObject } from 'react-router';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage';
import { InvitePage } from '../features/invitations/InvitePage';
import { OrganizationPage } from '../features/organizations/OrganizationPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { AccessibilityPage } from '../features/pages/AccessibilityPage';
import { HomePage } from '../features/pages/HomePage';
import { NotFoundPage } from '../features/pages/NotFoundPage';
import { PersonalDataPage } from '../features/pages/PersonalDataPage';
import { RouteErrorPage } from '../features/pages/RouteErrorPage';
import { Layout } from './Layout';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Errors while rendering a page show inside the layout, with header and navigation intact.
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'login', element: <LoginPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password/:token', element: <ResetPasswordPage /> },
          { path: 'invitation/:token', element: <AcceptInvitationPage /> },
          {
            path: 'account/password',
            element: (
              <RequireAuth>
                <ChangePasswordPage />
              </RequireAuth>
            ),
          },
          {
            path: 'organizations',
            element: (
              <RequireAuth>
                <OrganizationsPage />
              </RequireAuth>
            ),
          },
          {
            path: 'organizations/:code',
            element: (
              <RequireAuth>
                <OrganizationPage />
              </RequireAuth>
            ),
          },
          {
            path: 'organizations/:code/invite',
            element: (
              <RequireAuth>
                <InvitePage />
              </RequireAuth>
            ),
          },
          {
            path: 'audit',
            element: (
              <RequireAuth role="PROCESS_LEADER">
                <AuditPage />
              </RequireAuth>
            ),
          },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { path: 'personal-data', element: <PersonalDataPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
