import type { RouterOutputs } from '@opale/api';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import type { ReportScope } from '../utils/report-query';

export type IncidentReportSummary = RouterOutputs['incidentReport']['summary'];

/** The counts of the reports the member may read, worked out on the server. */
export function useIncidentReport(
  platform: string,
  query: { from: string; to: string; scope: ReportScope },
  enabled: boolean,
) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.incidentReport.summary.queryOptions({ platform, ...query }),
    enabled,
    // The last period stays on screen while the next one is counted: no flash of emptiness.
    placeholderData: keepPreviousData,
  });
}
