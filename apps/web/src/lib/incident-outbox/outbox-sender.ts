/**
 * Sends what waits in the outbox: each report with `incident.create` and its idempotency key (a
 * retry after a lost answer gets the same report back), then each attachment not yet
 * acknowledged, each under its own key. A piece leaves the device only once the server has it.
 * The sending itself is passed in (`OutboxTransport`), so this runs the same against the real
 * server in the app and against a stand-in in unit tests.
 */
import type { IncidentDraft } from '@opale/core';
import type { OutboxAttachment, OutboxReport, OutboxStore } from './outbox-store';

export interface OutboxTransport {
  createIncident(input: {
    platform: string;
    idempotencyKey: string;
    draft: IncidentDraft;
  }): Promise<{ id: string }>;
  updateIncident(input: {
    platform: string;
    incidentId: string;
    draft: IncidentDraft;
  }): Promise<void>;
  uploadAttachment(input: {
    platform: string;
    incidentId: string;
    attachment: OutboxAttachment;
  }): Promise<void>;
}

/**
 * A failure the transport understood. `retryable: false` means the server refused the report or
 * a file (asking again gets the same answer): the report waits for the person, marked failed.
 * Anything else thrown (no connection, server down) is tried again later.
 */
export class OutboxSendError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'OutboxSendError';
  }
}

/** A report the server now holds entirely (the report and all its attachments). */
export interface SentReport {
  key: string;
  platform: string;
  incidentId: string;
  type: IncidentDraft['type'];
  occurredAt: string;
  attachments: number;
  sentAt: string;
}

/**
 * Runs `send` only if no other sender (another tab) is sending; answers whether it ran. The app
 * passes a Web Lock; the idempotency keys make a double send harmless anyway.
 */
export type SenderLock = (send: () => Promise<void>) => Promise<boolean>;

export interface SenderOptions {
  store: OutboxStore;
  transport: OutboxTransport;
  lock?: SenderLock;
  now?: () => Date;
  /** After each change of a report's state, so screens read the outbox again. */
  onChange?: () => void;
  onSent?: (report: SentReport) => void;
}

export interface SendRun {
  /** False when another tab was sending: nothing was tried here. */
  ran: boolean;
  sent: SentReport[];
  /** Reports still waiting (not failed) after this run. */
  waiting: number;
  /** When the earliest waiting report may be tried again (epoch ms), if any waits. */
  nextAttemptAt: number | null;
}

const firstRetryMs = 5_000;
const longestRetryMs = 5 * 60_000;

/** 5 s, 10 s, 20 s … up to 5 minutes between tries of a report that could not be sent. */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestRetryMs);
}

const runAlone: SenderLock = async (send) => {
  await send();
  return true;
};

/**
 * One pass over the outbox: every waiting report whose time has come (every waiting one when
 * `force`: the connection came back, or the person asked). Failed reports wait for the person.
 */
export async function sendWaitingReports(
  options: SenderOptions,
  { platform, force = false }: { platform?: string; force?: boolean } = {},
): Promise<SendRun> {
  const { store, lock = runAlone, now = () => new Date(), onChange } = options;
  const sent: SentReport[] = [];
  const ran = await lock(async () => {
    for (const report of await store.list(platform)) {
      if (report.state === 'failed') continue;
      // A report left `sending` by a tab that closed mid-way: this sender holds the lock now.
      if (!force && report.state === 'waiting' && report.nextAttemptAt > now().getTime()) continue;
      const done = await sendOne(options, report);
      if (done) sent.push(done);
      onChange?.();
    }
  });
  const left = (await store.list(platform)).filter((r) => r.state !== 'failed');
  const times = left.map((r) => r.nextAttemptAt);
  return {
    ran,
    sent,
    waiting: left.length,
    nextAttemptAt: times.length > 0 ? Math.min(...times) : null,
  };
}

async function sendOne(options: SenderOptions, report: OutboxReport): Promise<SentReport | null> {
  const { store, transport, now = () => new Date(), onChange, onSent } = options;
  const { key, platform, revision } = report;
  await store.patch(key, { state: 'sending' });
  onChange?.();
  try {
    let incidentId = report.incidentId;
    if (incidentId === null) {
      const created = await transport.createIncident({
        platform,
        idempotencyKey: key,
        draft: report.draft,
      });
      incidentId = created.id;
      await store.acknowledgeCreated(key, incidentId, revision);
    } else if (report.draftChanged) {
      await transport.updateIncident({ platform, incidentId, draft: report.draft });
      await store.acknowledgeCreated(key, incidentId, revision);
    }
    for (const attachment of report.attachments) {
      // The person may have taken the file out since this try began: it is not sent then.
      const current = await store.get(key);
      if (!current?.attachments.some((a) => a.key === attachment.key)) continue;
      await transport.uploadAttachment({ platform, incidentId, attachment });
      await store.acknowledgeAttachment(key, attachment.key);
      onChange?.();
    }
    const left = await store.finish(key, revision, now());
    // Corrected while it was being sent: it stays, and goes again with the correction.
    if (!left) return null;
    const done: SentReport = {
      key,
      platform,
      incidentId,
      type: left.draft.type,
      occurredAt: left.draft.occurredAt,
      attachments: left.sentAttachmentKeys.length,
      sentAt: now().toISOString(),
    };
    onSent?.(done);
    return done;
  } catch (error) {
    await store.settle(
      key,
      revision,
      error instanceof OutboxSendError && !error.retryable
        ? { kind: 'refused', error: error.message }
        : {
            kind: 'not-through',
            nextAttemptAt: now().getTime() + retryDelayMs(report.attempts + 1),
            // No words of ours are stored for a failure that never reached the server: the
            // screen says "no connection" in the language of the moment.
            error: error instanceof OutboxSendError ? error.message : null,
          },
    );
    return null;
  }
}
