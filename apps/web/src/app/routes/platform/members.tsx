import { MembersList } from '@/features/members/components/members-list';
import { canManagePlatform } from '@/lib/platform-nav';
import { usePlatformContext } from '../../layouts/platform-layout';

export function Component() {
  const { me, membership } = usePlatformContext();
  return (
    <MembersList
      platform={membership.platformSlug}
      platformName={membership.platformName}
      canManage={canManagePlatform(membership.role)}
      myUserId={me.user.id}
    />
  );
}
