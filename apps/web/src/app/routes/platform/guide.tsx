import { roleAtLeast } from '@opale/core';
import { GuideScreen } from '@/features/guide/components/guide-screen';
import { usePlatformContext } from '../../layouts/platform-layout';

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <GuideScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      canEdit={roleAtLeast(membership.role, 'coordinator')}
    />
  );
}
