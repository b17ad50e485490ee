/** The follow-up pages, for app/routes.tsx: an organisation's report at a checkpoint, its print view, and the list of reports. */
export { FollowUpListPage } from './FollowUpListPage';
export { ReportPage } from './ReportPage';
export { ReportPrintPage } from './ReportPrintPage';
