import { useTranslation } from 'react-i18next';
import { Button, buttonClasses } from '@/components/ui/button';
import { CopyIcon } from '@/components/ui/icons';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { useCopyLink } from '@/lib/use-copy-link';

/** The address to share: on posters, in messages, on the information point's board. */
export function PublicLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const { input, copy, copyLink } = useCopyLink(url);

  return (
    <Section title={t('guide.link.heading')} className="mb-8">
      <p className="mb-2 text-slate-700">{t('guide.link.hint')}</p>
      <label htmlFor="guide-public-link" className="mb-1 block font-medium">
        {t('guide.link.label')}
      </label>
      <input
        id="guide-public-link"
        ref={input}
        readOnly
        value={url}
        onFocus={(e) => e.target.select()}
        className="mb-3 block min-h-11 w-full rounded-lg border border-slate-500 bg-slate-50 px-3 font-mono text-sm"
      />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void copyLink()}>
          <CopyIcon className="size-5" />
          {t('guide.link.copy')}
        </Button>
        <a href={url} target="_blank" rel="noreferrer" className={buttonClasses('secondary')}>
          {t('guide.openNewTab')}
        </a>
      </div>
      <StatusMessage className="mt-3">
        {copy === 'copied' ? t('guide.link.copied') : null}
      </StatusMessage>
      <ErrorMessage className="mt-3">
        {copy === 'failed' ? t('guide.link.copyFailed') : null}
      </ErrorMessage>
    </Section>
  );
}
