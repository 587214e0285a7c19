import { useEffect } from 'react';
import { Outlet, useOutletContext, useParams } from 'react-router';
import { rememberPlatform } from '@/features/platform/utils/last-platform';
import { NotMember } from '@/features/platform/components/not-member';
import type { Me, MyMembership } from '@/lib/session';
import { AppShell } from './app-shell';

export interface PlatformContext {
  me: Me;
  membership: MyMembership;
}

export function usePlatformContext(): PlatformContext {
  return useOutletContext<PlatformContext>();
}

export function PlatformLayout() {
  const me = useOutletContext<Me>();
  const slug = useParams().platform ?? '';
  const membership = me.memberships.find((m) => m.platformSlug === slug);

  useEffect(() => {
    if (membership) rememberPlatform(membership.platformSlug);
  }, [membership]);

  return (
    <AppShell me={me} membership={membership}>
      {membership ? (
        <Outlet context={{ me, membership } satisfies PlatformContext} />
      ) : (
        <NotMember slug={slug} />
      )}
    </AppShell>
  );
}
