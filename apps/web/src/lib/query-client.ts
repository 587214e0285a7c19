import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isRefusal, isUnauthorized } from './errors';
import { reportSessionEnded } from './session-events';

function watchSession(error: unknown): void {
  if (isUnauthorized(error)) reportSessionEnded();
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: watchSession }),
    mutationCache: new MutationCache({ onError: watchSession }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Weak signal: try again a little, but never repeat what the server refused.
        retry: (failures, error) => !isRefusal(error) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
