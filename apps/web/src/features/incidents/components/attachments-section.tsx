/**
 * A report's photos, videos and PDFs. Photos show as thumbnails loaded from the server (same
 * origin, with the session cookie); videos and PDFs as links with their size. Each file's SHA-256
 * shows shortened, and its full hash copies in one tap, so a copy kept elsewhere can be checked
 * later. Those who may edit the report may remove a file, after confirming, and add files that
 * arrive after it (`EvidenceAdder`).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { CopyIcon } from '@/components/ui/icons';
import { StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import type { IncidentAttachmentView } from '../api/use-incident';
import { useRemoveAttachment } from '../api/use-remove-attachment';
import { EvidenceAdder } from './evidence-adder';
import { formatFileSize, shortHash } from '../utils/attachment-view';
import { FileIcon, VideoIcon } from './incident-icons';

export interface AttachmentsSectionProps {
  platform: string;
  incidentId: string;
  attachments: readonly IncidentAttachmentView[];
  mayRemove: boolean;
  /** Add files to it: the same people who may remove them (they may edit the report). */
  mayAdd: boolean;
}

export function AttachmentsSection({
  platform,
  incidentId,
  attachments,
  mayRemove,
  mayAdd,
}: AttachmentsSectionProps) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const remove = useRemoveAttachment();
  const [removing, setRemoving] = useState<IncidentAttachmentView | null>(null);
  const [said, setSaid] = useState('');

  async function copyHash(attachment: IncidentAttachmentView) {
    try {
      await navigator.clipboard.writeText(attachment.sha256);
      setSaid(t('list.page.attachments.hashCopied', { name: attachment.fileName }));
    } catch {
      // No clipboard (old browser, no permission): the hash is shown whole, to select by hand.
      setSaid(
        t('list.page.attachments.hashNotCopied', {
          name: attachment.fileName,
          hash: attachment.sha256,
        }),
      );
    }
  }

  function confirmRemove() {
    if (!removing) return;
    const name = removing.fileName;
    remove.mutate(
      { platform, incidentId, attachmentId: removing.id },
      {
        onSuccess: () => {
          setRemoving(null);
          setSaid(t('list.page.attachments.removed', { name }));
        },
      },
    );
  }

  return (
    <Section title={t('list.page.attachments.heading')}>
      {attachments.length === 0 ? (
        <p className="text-slate-700">{t('list.page.attachments.none')}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">{t('list.page.attachments.hashHint')}</p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {attachments.map((attachment) => {
              const kindWord = t(`list.page.attachments.${attachment.kind}`);
              const size = formatFileSize(attachment.sizeBytes, locale);
              const openLabel = t('list.page.attachments.open', {
                name: attachment.fileName,
                kind: kindWord,
                size,
              });
              return (
                <li
                  key={attachment.id}
                  className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-3"
                >
                  {attachment.kind === 'photo' ? (
                    <a
                      href={attachment.url}
                      target="_blank"
                      rel="noopener"
                      className="block overflow-hidden rounded-lg border border-slate-200"
                    >
                      <img
                        src={attachment.url}
                        alt={t('list.page.attachments.photoAlt', { name: attachment.fileName })}
                        loading="lazy"
                        className="h-40 w-full bg-slate-100 object-cover"
                      />
                    </a>
                  ) : null}
                  <a
                    href={attachment.url}
                    target="_blank"
                    rel="noopener"
                    className="inline-flex min-h-11 items-center gap-2 font-semibold break-all text-brand-800 underline underline-offset-4"
                  >
                    {attachment.kind === 'video' ? (
                      <VideoIcon className="size-5 shrink-0" />
                    ) : (
                      <FileIcon className="size-5 shrink-0" />
                    )}
                    <span className="sr-only">{openLabel}</span>
                    <span aria-hidden="true">
                      {attachment.fileName} ({kindWord}, {size})
                    </span>
                  </a>
                  <p className="text-sm text-slate-700">
                    <span className="font-mono" title={attachment.sha256}>
                      {t('list.page.attachments.hash', { hash: shortHash(attachment.sha256) })}
                    </span>
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <Button
                      variant="secondary"
                      size="sm"
                      onClick={() => void copyHash(attachment)}
                      aria-label={t('list.page.attachments.copyHashOf', {
                        name: attachment.fileName,
                      })}
                    >
                      <CopyIcon className="size-5" />
                      {t('list.page.attachments.copyHash')}
                    </Button>
                    {mayRemove ? (
                      <Button
                        variant="dangerOutline"
                        size="sm"
                        onClick={() => {
                          remove.reset();
                          setRemoving(attachment);
                        }}
                        aria-label={t('list.page.attachments.removeOf', {
                          name: attachment.fileName,
                        })}
                      >
                        {t('list.page.attachments.remove')}
                      </Button>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <StatusMessage className="mt-3 break-all">{said}</StatusMessage>
      {mayAdd ? <EvidenceAdder platform={platform} incidentId={incidentId} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('list.page.attachments.removeTitle', { name: removing?.fileName ?? '' })}
        body={t('list.page.attachments.removeBody')}
        confirmLabel={t('list.page.attachments.remove')}
        cancelLabel={tc('common.cancel')}
        busy={remove.isPending}
        error={remove.isError ? describeError(remove.error) : null}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      />
    </Section>
  );
}
