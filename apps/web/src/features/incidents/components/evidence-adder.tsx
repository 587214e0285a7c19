/**
 * "Add photos or documents" on a report's page: for evidence that arrives after the report (the
 * fine notice comes by post a week later). Each picked file is checked on the phone, then sent
 * at once, one after the other, with its own idempotency key kept while it is retried (the
 * server stores it once). Online only: offline, a new report waits in the outbox instead.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceSizeLimits, formatEvidenceLimit } from '@opale/core';
import { Button, buttonClasses } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/message';
import { uploadEvidence } from '@/lib/incident-outbox/http-transport';
import { useOnline } from '@/lib/online';
import { useInvalidateIncidents } from '../api/use-invalidate-incidents';
import {
  evidenceAccept,
  evidenceFileProblem,
  evidenceUploadFailure,
} from '../utils/evidence-upload';

interface PickedFile {
  /** Its idempotency key, made when picked and kept for every try. */
  key: string;
  file: File;
  state: 'waiting' | 'sending' | 'failed';
  /** Why it was not added, in words; with `retryable`, whether "Try again" can help. */
  reason: string | null;
  retryable: boolean;
}

export function EvidenceAdder({ platform, incidentId }: { platform: string; incidentId: string }) {
  const { t } = useTranslation('incidents');
  const online = useOnline();
  const invalidate = useInvalidateIncidents();
  const inputId = useId();
  const hintId = useId();
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [sending, setSending] = useState<{ name: string; current: number; total: number } | null>(
    null,
  );
  const [said, setSaid] = useState('');
  const busy = useRef(false);

  const update = (key: string, change: Partial<PickedFile>) =>
    setFiles((list) => list.map((f) => (f.key === key ? { ...f, ...change } : f)));

  const words = {
    signedOut: () => t('form.outbox.signedOut'),
    serverError: (status: number) => t('form.outbox.serverError', { status }),
  };

  function reasonOf(error: unknown): { reason: string; retryable: boolean } {
    const failure = evidenceUploadFailure(error);
    if (failure.kind === 'server') return { reason: failure.message, retryable: failure.retryable };
    return { reason: t(`list.page.attachments.${failure.kind}`), retryable: failure.retryable };
  }

  /** Sends the files given, one at a time; then the page's list shows what arrived. */
  async function send(batch: PickedFile[]) {
    if (busy.current || batch.length === 0) return;
    busy.current = true;
    setSaid('');
    let sent = 0;
    try {
      for (const [index, picked] of batch.entries()) {
        setSending({ name: picked.file.name, current: index + 1, total: batch.length });
        update(picked.key, { state: 'sending', reason: null });
        try {
          await uploadEvidence(
            {
              platform,
              incidentId,
              attachment: {
                key: picked.key,
                name: picked.file.name,
                type: picked.file.type,
                blob: picked.file,
              },
            },
            words,
          );
          sent += 1;
          setFiles((list) => list.filter((f) => f.key !== picked.key));
        } catch (error) {
          update(picked.key, { state: 'failed', ...reasonOf(error) });
        }
      }
    } finally {
      busy.current = false;
      setSending(null);
      if (sent > 0) {
        setSaid(t('list.page.attachments.sent', { count: sent }));
        await invalidate(platform, incidentId);
      }
    }
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = [...(event.target.files ?? [])];
    // Cleared so that picking the same file again (after a refusal) fires again.
    event.target.value = '';
    const picked = chosen.map((file): PickedFile => {
      const problem = evidenceFileProblem(file);
      return {
        key: crypto.randomUUID(),
        file,
        state: problem ? 'failed' : 'waiting',
        reason:
          problem?.kind === 'type'
            ? t('list.page.attachments.wrongType')
            : problem?.kind === 'tooLarge'
              ? t('list.page.attachments.tooLarge', { limit: problem.limit })
              : null,
        retryable: false,
      };
    });
    setFiles((list) => [...list.filter((f) => f.state !== 'waiting'), ...picked]);
    void send(picked.filter((f) => f.state === 'waiting'));
  }

  const failed = files.filter((f) => f.state === 'failed');
  const inputClasses = 'peer sr-only';
  const labelClasses = buttonClasses(
    'secondary',
    'cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 peer-disabled:cursor-not-allowed peer-disabled:opacity-60',
  );

  return (
    <div className="mt-4 space-y-2 rounded-xl border border-slate-300 bg-white p-3">
      <p id={hintId} className="text-sm text-slate-700">
        {online
          ? t('list.page.attachments.addHint', {
              photo: formatEvidenceLimit(evidenceSizeLimits.photo),
              video: formatEvidenceLimit(evidenceSizeLimits.video),
              pdf: formatEvidenceLimit(evidenceSizeLimits.pdf),
            })
          : t('list.page.attachments.offline')}
      </p>
      <span>
        <input
          id={inputId}
          type="file"
          multiple
          accept={evidenceAccept}
          onChange={pick}
          disabled={!online || sending !== null}
          aria-describedby={hintId}
          className={inputClasses}
        />
        <label htmlFor={inputId} className={labelClasses} aria-busy={sending !== null}>
          {t('list.page.attachments.add')}
        </label>
      </span>
      <StatusMessage>{sending ? t('list.page.attachments.sending', sending) : said}</StatusMessage>
      <div role="alert" className="empty:hidden">
        {failed.length > 0 ? (
          <ul className="space-y-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            {failed.map((f) => (
              <li key={f.key} className="space-y-1">
                <p className="break-words">
                  {t('list.page.attachments.notSent', {
                    name: f.file.name,
                    reason: f.reason ?? '',
                  })}
                </p>
                <div className="flex flex-wrap gap-2">
                  {f.retryable ? (
                    <Button
                      variant="secondary"
                      size="sm"
                      disabled={!online || sending !== null}
                      onClick={() => void send([f])}
                    >
                      {t('list.page.attachments.retry', { name: f.file.name })}
                    </Button>
                  ) : null}
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => setFiles((list) => list.filter((g) => g.key !== f.key))}
                  >
                    {t('list.page.attachments.dismiss', { name: f.file.name })}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
