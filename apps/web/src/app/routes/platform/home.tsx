import { PlatformHome } from '@/features/platform/components/platform-home';
import { usePlatformContext } from '../../layouts/platform-layout';

export function PlatformHomeRoute() {
  const { membership } = usePlatformContext();
  return <PlatformHome membership={membership} />;
}
