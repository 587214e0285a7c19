import type { RouterOutputs } from '@opale/api';
import type { GuideLanguageCode } from '@opale/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type GuideStringsReview = RouterOutputs['guide']['strings'];
export type GuideStringView = GuideStringsReview['entries'][number];

export function useGuideStrings(platform: string, language: GuideLanguageCode) {
  const trpc = useTRPC();
  return useQuery(trpc.guide.strings.queryOptions({ platform, language }));
}
