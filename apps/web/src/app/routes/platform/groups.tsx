import { roleAtLeast } from '@opale/core';
import { GroupsScreen } from '@/features/groups/components/groups-screen';
import { canManagePlatform } from '@/lib/platform-nav';
import { usePlatformContext } from '../../layouts/platform-layout';

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <GroupsScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      myOrganisationName={membership.organisationName}
      canManage={canManagePlatform(membership.role)}
      canAnswerInvitations={roleAtLeast(membership.role, 'rep')}
    />
  );
}
