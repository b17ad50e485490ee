import { useCallback } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ReportPageQuery, ReportQuery } from './graphql/operations';
import type { ReportCheckpoint, ReportDetails } from './report-view';

export interface ReportData {
  checkpoint: ReportCheckpoint | null | undefined;
  /** The organisation's report in full; null when nobody has begun it (or the viewer may not read it). */
  report: ReportDetails | null;
  loading: boolean;
  error: unknown;
  /** Reads the page again from the server: the checkpoint's reports, then the report itself. Never rejects. */
  reload: () => Promise<void>;
  /** The report as the server has it now (for a refused save's newer version); null when there is none. */
  loadCurrent: () => Promise<ReportDetails | null>;
}

/**
 * The report page's data, in two requests: the checkpoint with its cohort, goals and the reports in short
 * (`ReportPageQuery`), then the organisation's report in full (`ReportQuery`) once its id is known. Reading
 * every readable report in full in one request would cost more than the API allows.
 */
export function useReport(checkpointId: string, code: string): ReportData {
  const client = useApolloClient();
  const page = useQuery(ReportPageQuery, { variables: { checkpointId, code }, fetchPolicy: 'cache-and-network' });
  const checkpoint = page.data?.checkpoint;
  const reportId = checkpoint?.reports.find((report) => report.organization.code === code)?.id ?? null;
  const details = useQuery(ReportQuery, { variables: { id: reportId ?? '' }, skip: !reportId, fetchPolicy: 'cache-and-network' });
  const report = reportId ? (details.data?.followUpReport ?? null) : null;
  const { refetch } = page;

  const loadCurrent = useCallback(async () => {
    const { data } = await client.query({ query: ReportPageQuery, variables: { checkpointId, code }, fetchPolicy: 'network-only' });
    const id = data?.checkpoint?.reports.find((candidate) => candidate.organization.code === code)?.id;
    if (!id) return null;
    const answer = await client.query({ query: ReportQuery, variables: { id }, fetchPolicy: 'network-only' });
    return answer.data?.followUpReport ?? null;
  }, [client, checkpointId, code]);

  const reload = useCallback(async () => {
    try {
      const { data } = await refetch();
      const id = data?.checkpoint?.reports.find((candidate) => candidate.organization.code === code)?.id;
      if (id) await client.query({ query: ReportQuery, variables: { id }, fetchPolicy: 'network-only' });
    } catch {
      // What was done is done (and said); a failed re-read leaves the page as it is, and the next visit reads it again.
    }
  }, [client, code, refetch]);

  return {
    checkpoint,
    report,
    loading: (page.loading && !page.data) || (Boolean(reportId) && details.loading && !details.data),
    error: page.error ?? details.error,
    reload,
    loadCurrent,
  };
}
