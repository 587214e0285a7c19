import { entryKey, mayWrite, scheduleBoard } from '@opale/core';
import { SitesScreen } from '@/features/sites/components/sites-screen';
import { usePlatformContext } from '../../layouts/platform-layout';

export function Component() {
  const { membership } = usePlatformContext();
  // Any site key stands for them all: the write rules go by the kind of key, not its id.
  const canEdit = mayWrite(
    'schedule',
    { root: scheduleBoard.sitesRoot, key: entryKey('site', 'any') },
    { role: membership.role, organisationId: membership.organisationId },
  );
  return (
    <SitesScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      canEdit={canEdit}
    />
  );
}
