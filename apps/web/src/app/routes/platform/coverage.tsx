import { CoverageScreen } from '@/features/coverage/components/coverage-screen';
import { registerScheduleTranslations } from '@/lib/i18n/schedule';
import { usePlatformContext } from '../../layouts/platform-layout';

registerScheduleTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <CoverageScreen platform={membership.platformSlug} platformName={membership.platformName} />
  );
}
