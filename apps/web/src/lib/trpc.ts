/** The typed tRPC client and its React bindings; the app talks to the server only through this. */
import type { AppRouter } from '@opale/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { currentLocale } from './i18n';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // The server answers its refusals in the language the screen shows.
        headers: () => ({ 'accept-language': currentLocale() }),
        // Old proxies and phones choke on very long GET URLs; batches split below this.
        maxURLLength: 2000,
      }),
    ],
  });
}
