/**
 * The names a report is shown with: its site (from the schedule board, offline too), its
 * organisation and the groups it went to. Reports keep ids; names come from where they live.
 */
import { docNameOf } from '@opale/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveBoard } from '@/lib/live-board/use-live-board';
import { useOrganisationNames } from '@/lib/schedule/organisation-names';
import { useSchedule, type ScheduleView } from '@/lib/schedule/use-schedule';
import { usePlatformGroups, type PlatformGroup } from '../api/use-platform-groups';

export interface IncidentNames {
  schedule: ScheduleView;
  /** False until the schedule board is read (from the server or this device's copy). */
  scheduleReady: boolean;
  siteName: (siteId: string) => string;
  organisationName: (organisationId: string) => string;
  groupName: (groupId: string) => string;
  /** The groups the viewer's organisation is a member of. */
  myGroups: PlatformGroup[];
}

export function useIncidentNames(platform: string): IncidentNames {
  const { t } = useTranslation('incidents');
  const { snapshot } = useLiveBoard(docNameOf({ board: 'schedule', platform, group: null }));
  const schedule = useSchedule(snapshot);
  const organisations = useOrganisationNames(platform);
  const groups = usePlatformGroups(platform).data;
  return useMemo(() => {
    const groupNames = new Map((groups ?? []).map((g) => [g.id, g.name]));
    return {
      schedule,
      scheduleReady: snapshot?.ready ?? false,
      siteName: (id) => schedule.siteNames.get(id) ?? t('list.place.unknownSite'),
      organisationName: (id) => organisations.get(id)?.name ?? t('list.place.unknownOrganisation'),
      groupName: (id) => groupNames.get(id) ?? t('list.place.unknownGroup'),
      myGroups: (groups ?? []).filter((g) => g.myOrganisationStatus === 'member'),
    };
  }, [schedule, snapshot?.ready, organisations, groups, t]);
}
