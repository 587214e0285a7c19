/**
 * The names of a platform's organisations, for boards that key entries by organisation id. The
 * list comes from the server and stays cached while the app is open, so a board read offline
 * still names them.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc';

export interface OrganisationName {
  id: string;
  name: string;
  /** The short name where space is short; the name when it has none. */
  shortName: string;
}

export function useOrganisationNames(platform: string): ReadonlyMap<string, OrganisationName> {
  const trpc = useTRPC();
  const list = useQuery(
    trpc.organisation.list.queryOptions({ platform }, { staleTime: 5 * 60_000 }),
  ).data;
  return useMemo(
    () =>
      new Map(
        (list ?? []).map((o) => [
          o.id,
          { id: o.id, name: o.name, shortName: o.shortName.trim() || o.name },
        ]),
      ),
    [list],
  );
}
