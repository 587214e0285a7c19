/**
 * Photos and documents for a report: taken with the camera or picked from the phone, checked on
 * the device against the server's types and limits, shown as thumbnails, removable until sent.
 * Each file gets its own idempotency key when it is picked.
 */
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClasses } from '@/components/ui/button';
import type { OutboxAttachment } from '@/lib/incident-outbox/outbox-store';
import { attachmentAccept, attachmentProblem } from '../utils/attachment-limits';

export interface AttachmentPickerProps {
  attachments: OutboxAttachment[];
  onChange: (attachments: OutboxAttachment[]) => void;
}

function sizeText(bytes: number, locale: string): string {
  const megabytes = bytes / 1024 ** 2;
  const unit = locale === 'fr' ? 'Mo' : 'MB';
  if (megabytes >= 1) return `${megabytes.toFixed(1)} ${unit}`;
  return `${Math.max(1, Math.round(bytes / 1024))} ${locale === 'fr' ? 'ko' : 'KB'}`;
}

/**
 * A small picture of a photo, drawn on the device: the page's Content-Security-Policy admits
 * `data:` images but not `blob:` URLs, and a 64 px copy is lighter than the 15 MB original anyway.
 */
async function thumbnailOf(blob: Blob): Promise<string> {
  const bitmap = await createImageBitmap(blob, { resizeWidth: 112, resizeQuality: 'medium' });
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', 0.7);
}

function Thumbnail({ attachment }: { attachment: OutboxAttachment }) {
  const isImage = attachment.type.startsWith('image/');
  const [picture, setPicture] = useState<{ blob: Blob; url: string } | null>(null);
  useEffect(() => {
    if (!isImage) return;
    let active = true;
    thumbnailOf(attachment.blob).then(
      (url) => active && setPicture({ blob: attachment.blob, url }),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [attachment.blob, isImage]);
  const url = picture?.blob === attachment.blob ? picture.url : null;
  if (!url) {
    return (
      <span
        aria-hidden="true"
        className="flex size-14 shrink-0 items-center justify-center rounded bg-slate-200 text-xs font-bold text-slate-700 uppercase"
      >
        {attachment.type === 'application/pdf' ? 'PDF' : isImage ? 'IMG' : 'VID'}
      </span>
    );
  }
  return <img src={url} alt="" className="size-14 shrink-0 rounded object-cover" />;
}

export function AttachmentPicker({ attachments, onChange }: AttachmentPickerProps) {
  const { t, i18n } = useTranslation('incidents');
  const pickId = useId();
  const cameraId = useId();
  const hintId = useId();
  const [problems, setProblems] = useState<string[]>([]);

  function add(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Let the same file be picked again after removing it.
    event.target.value = '';
    const refused: string[] = [];
    const accepted: OutboxAttachment[] = [];
    for (const file of files) {
      const problem = attachmentProblem(file);
      if (problem?.kind === 'type') {
        refused.push(t('form.attachments.type', { name: file.name }));
      } else if (problem?.kind === 'tooLarge') {
        refused.push(t('form.attachments.tooLarge', { name: file.name, limit: problem.limitMb }));
      } else {
        accepted.push({
          key: crypto.randomUUID(),
          name: file.name,
          type: file.type.toLowerCase(),
          size: file.size,
          blob: file,
        });
      }
    }
    setProblems(refused);
    if (accepted.length > 0) onChange([...attachments, ...accepted]);
  }

  // The inputs stay in the tab order (visually hidden); their labels look like buttons and show
  // the keyboard focus.
  const inputClasses = 'peer sr-only';
  const labelClasses = buttonClasses(
    'secondary',
    'cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700',
  );
  return (
    <div>
      <p id={hintId} className="mb-2 text-sm text-slate-700">
        {t('form.attachments.hint')}
      </p>
      <div className="flex flex-wrap gap-2">
        <span>
          <input
            id={cameraId}
            type="file"
            accept="image/*"
            capture="environment"
            onChange={add}
            aria-describedby={hintId}
            className={inputClasses}
          />
          <label htmlFor={cameraId} className={labelClasses}>
            {t('form.attachments.takePhoto')}
          </label>
        </span>
        <span>
          <input
            id={pickId}
            type="file"
            multiple
            accept={attachmentAccept}
            onChange={add}
            aria-describedby={hintId}
            className={inputClasses}
          />
          <label htmlFor={pickId} className={labelClasses}>
            {t('form.attachments.pick')}
          </label>
        </span>
      </div>
      <div role="alert" className="empty:hidden">
        {problems.length > 0 ? (
          <ul className="mt-2 space-y-1 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {attachments.length > 0 ? (
        <ul aria-label={t('form.attachments.list')} className="mt-3 space-y-2">
          {attachments.map((attachment) => (
            <li
              key={attachment.key}
              className="flex items-center gap-3 rounded-lg border border-slate-300 bg-white p-2"
            >
              <Thumbnail attachment={attachment} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{attachment.name}</span>
                <span className="text-sm text-slate-700">
                  {sizeText(attachment.size, i18n.language)}
                </span>
              </span>
              <button
                type="button"
                onClick={() => onChange(attachments.filter((a) => a.key !== attachment.key))}
                aria-label={t('form.attachments.remove', { name: attachment.name })}
                className={buttonClasses('dangerOutline', undefined, 'sm')}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
