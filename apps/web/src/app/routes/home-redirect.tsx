import { Navigate, useOutletContext } from 'react-router';
import { NoPlatform } from '@/features/platform/components/no-platform';
import { lastPlatform } from '@/features/platform/utils/last-platform';
import { platformPath } from '@/lib/platform-nav';
import type { Me } from '@/lib/session';
import { AppShell } from '../layouts/app-shell';

/** "/" opens the platform used last on this device, else the first one. */
export function HomeRedirect() {
  const me = useOutletContext<Me>();
  const remembered = lastPlatform();
  const target = me.memberships.find((m) => m.platformSlug === remembered) ?? me.memberships[0];
  if (target) return <Navigate to={platformPath(target.platformSlug)} replace />;
  return (
    <AppShell me={me}>
      <NoPlatform />
    </AppShell>
  );
}
