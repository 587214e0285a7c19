import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { canManagePlatform, platformPath } from '@/lib/platform-nav';
import { usePlatformContext } from '../../layouts/platform-layout';

/** Admin screens send anyone else to the platform's home rather than to a refusal. */
export function AdminOnly({ children }: { children: (platform: string) => ReactNode }) {
  const { membership } = usePlatformContext();
  if (!canManagePlatform(membership.role)) {
    return <Navigate to={platformPath(membership.platformSlug)} replace />;
  }
  return children(membership.platformSlug);
}
