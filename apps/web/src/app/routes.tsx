import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
// The routes name every page by its module; what features share with each other goes through their index.ts.
import { AccountPage } from '../features/account/AccountPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { LogoutPage } from '../features/auth/LogoutPage';
import { RequireAuth } from '../features/auth/RequireAuth';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { CohortPage } from '../features/cohorts/CohortPage';
import { CohortsPage } from '../features/cohorts/CohortsPage';
import { NewCohortPage } from '../features/cohorts/NewCohortPage';
import { WorkingGroupPage } from '../features/cohorts/WorkingGroupPage';
import { AcceptInvitationPage } from '../features/invitations/AcceptInvitationPage';
import { InvitePage } from '../features/invitations/InvitePage';
import { EditorialPage } from '../features/example-editor/EditorialPage';
import { ExampleEditorPage } from '../features/example-editor/ExampleEditorPage';
import { ExamplePageWithWorkflow } from '../features/example-editor/ExamplePageWithWorkflow';
import { ImportExamplesPage } from '../features/example-editor/ImportExamplesPage';
import { VocabulariesPage } from '../features/example-editor/VocabulariesPage';
import { ExamplesSearchPage } from '../features/examples/ExamplesSearchPage';
import { FollowUpListPage } from '../features/follow-up/FollowUpListPage';
import { ReportPage } from '../features/follow-up/ReportPage';
import { ReportPrintPage } from '../features/follow-up/ReportPrintPage';
import { GoalOverviewPage } from '../features/goals/GoalOverviewPage';
import { GoalsPage } from '../features/goals/GoalsPage';
import { OrganizationPage } from '../features/organizations/OrganizationPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { AccessibilityPage } from '../features/pages/AccessibilityPage';
import { HomePage, NotFoundPage } from '../features/pages';
import { PersonalDataPage } from '../features/pages/PersonalDataPage';
import { RouteErrorPage } from '../features/pages/RouteErrorPage';
import { ProgrammesPage } from '../features/programmes/ProgrammesPage';
import { NotificationsPage } from '../features/reminders/NotificationsPage';
import { Loading } from '../shared/ui/Loading';
import { Layout } from './Layout';

// The network page is its own chunk: its map, table and lineage load only when it is opened (its map's
// outlines are a separate asset again, docs/web-patterns.md, "The network page").
const NetworkPage = lazy(() => import('../features/network/NetworkPage').then((module) => ({ default: module.NetworkPage })));
// The impact page (its chart library loads with its first chart) and the open-data page are their own chunks too.
const ImpactPage = lazy(() => import('../features/impact/ImpactPage').then((module) => ({ default: module.ImpactPage })));
const OpenDataPage = lazy(() => import('../features/impact/OpenDataPage').then((module) => ({ default: module.OpenDataPage })));

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
          { path: 'logout', element: <LogoutPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password/:token', element: <ResetPasswordPage /> },
          { path: 'invitation/:token', element: <AcceptInvitationPage /> },
          {
            path: 'account',
            element: (
              <RequireAuth>
                <AccountPage />
              </RequireAuth>
            ),
          },
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
            path: 'programmes',
            element: (
              <RequireAuth role="PROCESS_LEADER">
                <ProgrammesPage />
              </RequireAuth>
            ),
          },
          {
            path: 'cohorts',
            element: (
              <RequireAuth>
                <CohortsPage />
              </RequireAuth>
            ),
          },
          {
            // The wizard, one address per step (`/cohorts/new/mentor`); `/cohorts/new` goes to the first.
            path: 'cohorts/new/:step?',
            element: (
              <RequireAuth role="PROCESS_LEADER">
                <NewCohortPage />
              </RequireAuth>
            ),
          },
          {
            path: 'cohorts/:id',
            element: (
              <RequireAuth>
                <CohortPage />
              </RequireAuth>
            ),
          },
          {
            path: 'cohorts/:id/working-group/:code',
            element: (
              <RequireAuth>
                <WorkingGroupPage />
              </RequireAuth>
            ),
          },
          {
            // An organisation's goals, indicators, values and targets in a cohort (read-only for mentors and peers).
            path: 'cohorts/:id/goals/:code',
            element: (
              <RequireAuth>
                <GoalsPage />
              </RequireAuth>
            ),
          },
          {
            // Every member × the cohort's shared indicators.
            path: 'cohorts/:id/overview',
            element: (
              <RequireAuth>
                <GoalOverviewPage />
              </RequireAuth>
            ),
          },
          {
            // An organisation's follow-up report at a checkpoint: written by it, reviewed by the mentor (or a process leader).
            path: 'checkpoints/:checkpointId/reports/:code',
            element: (
              <RequireAuth>
                <ReportPage />
              </RequireAuth>
            ),
          },
          {
            // The same report as a document to print (a kommunstyrelse meeting).
            path: 'checkpoints/:checkpointId/reports/:code/print',
            element: (
              <RequireAuth>
                <ReportPrintPage />
              </RequireAuth>
            ),
          },
          {
            // The reports that are expected: process leaders all, members their own (and a mentor its mentees').
            path: 'follow-up',
            element: (
              <RequireAuth>
                <FollowUpListPage />
              </RequireAuth>
            ),
          },
          {
            // The user's notifications: reminders and process leaders' messages (the header's bell leads here).
            path: 'notifications',
            element: (
              <RequireAuth>
                <NotificationsPage />
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
          // The library is public: searching and reading published examples needs no account.
          { path: 'examples', element: <ExamplesSearchPage /> },
          {
            path: 'examples/new',
            element: (
              <RequireAuth>
                <ExampleEditorPage />
              </RequireAuth>
            ),
          },
          {
            path: 'examples/import',
            element: (
              <RequireAuth role="PROCESS_LEADER">
                <ImportExamplesPage />
              </RequireAuth>
            ),
          },
          // The library's page, with the editorial actions for those who may act (the editor fills its slot).
          { path: 'examples/:slug', element: <ExamplePageWithWorkflow /> },
          {
            path: 'examples/:slug/edit',
            element: (
              <RequireAuth>
                <ExampleEditorPage />
              </RequireAuth>
            ),
          },
          {
            // Process leaders: the editorial queue and every example; members: their organisation's examples.
            path: 'editorial',
            element: (
              <RequireAuth>
                <EditorialPage />
              </RequireAuth>
            ),
          },
          {
            path: 'vocabularies',
            element: (
              <RequireAuth role="PROCESS_LEADER">
                <VocabulariesPage />
              </RequireAuth>
            ),
          },
          // Public: how far the method has reached, on a map, in a table and as the mentor lineage.
          {
            path: 'network',
            element: (
              <Suspense fallback={<Loading />}>
                <NetworkPage />
              </Suspense>
            ),
          },
          // Public: the gender gaps of participants beside the others', and the goal outcomes.
          {
            path: 'impact',
            element: (
              <Suspense fallback={<Loading />}>
                <ImpactPage />
              </Suspense>
            ),
          },
          // Public: the downloadable files. Not at /open-data, where the files themselves are (the API's, proxied).
          {
            path: 'oppna-data',
            element: (
              <Suspense fallback={<Loading />}>
                <OpenDataPage />
              </Suspense>
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
