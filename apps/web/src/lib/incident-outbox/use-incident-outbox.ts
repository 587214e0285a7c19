/** The incident outbox for a screen: what waits to be sent on this device, and what to do with it. */
import type { IncidentType } from '@opale/core';
import i18n from 'i18next';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { registerIncidentsTranslations } from '../i18n/incidents';
import { useMe } from '../session';
import { useTRPCClient } from '../trpc';
import { httpOutboxTransport } from './http-transport';
import { incidentOutboxOf, type IncidentOutbox, type OutboxSnapshot } from './incident-outbox';
import type { SentReport } from './outbox-sender';
import type { OutboxState } from './outbox-store';

registerIncidentsTranslations();

export interface OutboxItem {
  key: string;
  type: IncidentType;
  occurredAt: string;
  commune: string;
  attachments: number;
  state: OutboxState;
  /** Why it failed (the server's words), or why the last try did not go through. */
  error?: string;
}

export interface IncidentOutboxView {
  /** False until the device's outbox has been read. */
  loaded: boolean;
  items: OutboxItem[];
  /** Reports of this platform sent while this tab was open, latest first. */
  sent: SentReport[];
  retry: (key: string) => Promise<void>;
  remove: (key: string) => Promise<void>;
  /** Null until the account is known. */
  outbox: IncidentOutbox | null;
}

const nothing: OutboxSnapshot = { loaded: false, reports: [], sent: [] };
const noSubscription = () => () => undefined;
const noSnapshot = () => nothing;

/** The signed-in account's outbox in this tab, its sender started while the caller is mounted. */
export function useIncidentOutboxRuntime(): IncidentOutbox | null {
  const userId = useMe().data?.user.id ?? null;
  const client = useTRPCClient();
  const outbox = useMemo(
    () =>
      userId === null
        ? null
        : incidentOutboxOf(userId, () =>
            // Words read when a failure happens, in the language of that moment.
            httpOutboxTransport(client, {
              signedOut: () => i18n.t('form.outbox.signedOut', { ns: 'incidents' }),
              serverError: (status) =>
                i18n.t('form.outbox.serverError', { ns: 'incidents', status }),
            }),
          ),
    [userId, client],
  );
  useEffect(() => outbox?.start(), [outbox]);
  return outbox;
}

export function useIncidentOutbox(platformSlug: string): IncidentOutboxView {
  const { t } = useTranslation('incidents');
  const outbox = useIncidentOutboxRuntime();
  const snapshot = useSyncExternalStore(
    outbox?.subscribe ?? noSubscription,
    outbox?.getSnapshot ?? noSnapshot,
  );
  return useMemo(() => {
    const items = snapshot.reports
      .filter((report) => report.platform === platformSlug)
      .map((report): OutboxItem => {
        const item: OutboxItem = {
          key: report.key,
          type: report.draft.type,
          occurredAt: report.draft.occurredAt,
          commune: report.draft.commune,
          attachments: report.attachments.length + report.sentAttachmentKeys.length,
          state: report.state,
        };
        if (report.error) item.error = report.error;
        else if (report.state === 'waiting' && report.attempts > 0) {
          item.error = t('form.outbox.offline');
        }
        return item;
      });
    return {
      loaded: snapshot.loaded,
      items,
      sent: snapshot.sent.filter((sent) => sent.platform === platformSlug),
      retry: (key) => outbox?.retry(key) ?? Promise.resolve(),
      remove: (key) => outbox?.remove(key) ?? Promise.resolve(),
      outbox,
    };
  }, [snapshot, platformSlug, outbox, t]);
}
