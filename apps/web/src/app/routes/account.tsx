import { useOutletContext } from 'react-router';
import { AccountScreen } from '@/features/account/components/account-screen';
import { lastPlatform } from '@/features/platform/utils/last-platform';
import type { Me } from '@/lib/session';
import { AppShell } from '../layouts/app-shell';

export function Component() {
  const me = useOutletContext<Me>();
  // Keep the last platform's navigation in reach: back is one tap away.
  const membership =
    me.memberships.find((m) => m.platformSlug === lastPlatform()) ?? me.memberships[0];
  return (
    <AppShell me={me} membership={membership}>
      <AccountScreen me={me} />
    </AppShell>
  );
}
