import type { RouterOutputs } from '@opale/api';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type GuideSettings = RouterOutputs['guide']['settings'];
export type GuideSectionView = GuideSettings['sections'][number];

export function useGuideSettings(platform: string) {
  const trpc = useTRPC();
  return useQuery(trpc.guide.settings.queryOptions({ platform }));
}
