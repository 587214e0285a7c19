/**
 * A schedule imported from a CSV file: read by the server without changing anything (preview),
 * then added in one change of the board, or not at all. The board being live, the new series
 * reach the screen by themselves.
 */
import type { RouterOutputs } from '@opale/api';
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export type ImportReading = RouterOutputs['schedule']['importPreview'];

export function usePreviewImport() {
  const trpc = useTRPC();
  return useMutation(trpc.schedule.importPreview.mutationOptions());
}

export function useApplyImport() {
  const trpc = useTRPC();
  return useMutation(trpc.schedule.importApply.mutationOptions());
}
