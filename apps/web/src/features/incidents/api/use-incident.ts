import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { isRefusal } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

export type IncidentDetail = RouterOutputs['incident']['get'];
export type IncidentFollowupView = IncidentDetail['followups'][number];

/** One report; a report the member may not read is "not found", and asking again will not change that. */
export function useIncident(platform: string, incidentId: string) {
  const trpc = useTRPC();
  return useQuery(
    trpc.incident.get.queryOptions(
      { platform, incidentId },
      { retry: (failures, error) => !isRefusal(error) && failures < 2 },
    ),
  );
}
export type IncidentAttachmentView = IncidentDetail['attachments'][number];
