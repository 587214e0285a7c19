import { OrganisationsList } from '@/features/organisations/components/organisations-list';
import { canManagePlatform } from '@/lib/platform-nav';
import { usePlatformContext } from '../../layouts/platform-layout';

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <OrganisationsList
      platform={membership.platformSlug}
      platformName={membership.platformName}
      canManage={canManagePlatform(membership.role)}
    />
  );
}
