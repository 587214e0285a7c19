import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { CopyIcon } from '@/components/ui/icons';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useCopyLink } from '@/lib/use-copy-link';

/** The QR code is drawn on the device (no third-party service sees the link). */
function useQrCode(text: string): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('qrcode')
      .then((qrcode) =>
        qrcode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
      )
      .then((svg) => {
        if (!cancelled) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [text]);
  return src;
}

export interface InvitationLinkProps {
  url: string;
  expiresAt: string;
  description: string;
  onDone: () => void;
}

export function InvitationLink({ url, expiresAt, description, onDone }: InvitationLinkProps) {
  const { t } = useTranslation();
  const { input, copy, copyLink } = useCopyLink(url);
  const heading = useRef<HTMLHeadingElement>(null);
  const qrCode = useQrCode(url);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section
      aria-labelledby="invitation-link-heading"
      className="rounded-xl border-2 border-brand-600 bg-white p-4"
    >
      <h2
        id="invitation-link-heading"
        ref={heading}
        tabIndex={-1}
        className="mb-1 text-lg font-bold"
      >
        {t('invitations.linkHeading')}
      </h2>
      <p className="mb-1 text-slate-800">{description}</p>
      <p className="mb-3 font-semibold text-slate-950">{t('invitations.linkOnce')}</p>
      <label htmlFor="invitation-link" className="mb-1 block font-medium">
        {t('invitations.linkLabel')}
      </label>
      <input
        id="invitation-link"
        ref={input}
        readOnly
        value={url}
        onFocus={(e) => e.target.select()}
        className="mb-3 block min-h-11 w-full rounded-lg border border-slate-500 bg-slate-50 px-3 font-mono text-sm"
      />
      <div className="mb-3 flex flex-wrap gap-2">
        <Button onClick={() => void copyLink()}>
          <CopyIcon className="size-5" />
          {t('invitations.copy')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('invitations.done')}
        </Button>
      </div>
      <StatusMessage className="mb-3">
        {copy === 'copied' ? t('invitations.copied') : null}
      </StatusMessage>
      <ErrorMessage className="mb-3">
        {copy === 'failed' ? t('invitations.copyFailed') : null}
      </ErrorMessage>
      <p className="mb-3 text-sm text-slate-700">
        {t('invitations.validUntil', { date: formatDateTime(expiresAt, currentLocale()) })}
      </p>
      {qrCode ? (
        <img
          src={qrCode}
          alt={t('invitations.qrAlt')}
          width={220}
          height={220}
          className="size-56 rounded border border-slate-200"
        />
      ) : null}
    </section>
  );
}
