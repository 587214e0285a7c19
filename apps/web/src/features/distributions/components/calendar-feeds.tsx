/**
 * The viewer's calendar subscription links: listed (calendar, scope, date), created for the
 * distributions or the joint agenda, of their organisation or the whole platform (the secret URL
 * shown once), revoked after a confirmation.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/dialog';
import { SelectField } from '@/components/ui/field';
import { CopyIcon } from '@/components/ui/icons';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useCreateFeed, useFeeds, useRevokeFeed, type FeedSummary } from '../api/use-feeds';

type Calendar = FeedSummary['calendar'];
type Scope = FeedSummary['scope'];

function FeedLink({ url, onDone }: { url: string; onDone: () => void }) {
  const { t } = useTranslation('schedule');
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy(document.execCommand?.('copy') ? 'copied' : 'failed');
    }
  }

  return (
    <div className="rounded-xl border-2 border-brand-600 bg-white p-4">
      <h3 className="mb-1 font-bold">{t('feeds.linkHeading')}</h3>
      <p className="mb-3 font-semibold text-slate-950">{t('feeds.linkOnce')}</p>
      <label htmlFor="feed-link" className="mb-1 block font-medium">
        {t('feeds.linkLabel')}
      </label>
      <input
        id="feed-link"
        ref={input}
        readOnly
        value={url}
        aria-describedby="feed-link-hint"
        onFocus={(e) => e.target.select()}
        className="mb-2 block min-h-11 w-full rounded-lg border border-slate-500 bg-slate-50 px-3 font-mono text-sm"
      />
      <p id="feed-link-hint" className="mb-3 text-sm text-slate-700">
        {t('feeds.hint')}
      </p>
      <div className="mb-3 flex flex-wrap gap-2">
        <Button onClick={() => void copyLink()}>
          <CopyIcon className="size-5" />
          {t('feeds.copy')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('feeds.done')}
        </Button>
      </div>
      <StatusMessage>{copy === 'copied' ? t('feeds.copied') : null}</StatusMessage>
      <ErrorMessage>{copy === 'failed' ? t('feeds.copyFailed') : null}</ErrorMessage>
    </div>
  );
}

export function CalendarFeeds({
  platform,
  organisationName,
}: {
  platform: string;
  organisationName: string;
}) {
  const { t } = useTranslation('schedule');
  const { t: tc } = useTranslation();
  const describeError = useDescribeError();
  const locale = currentLocale();
  const feeds = useFeeds(platform);
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [calendar, setCalendar] = useState<Calendar>('distributions');
  const [scope, setScope] = useState<Scope>('organisation');
  const [created, setCreated] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<FeedSummary | null>(null);
  const [status, setStatus] = useState('');

  const scopeName = (feed: Pick<FeedSummary, 'calendar' | 'scope' | 'organisationName'>) => {
    const organisation = feed.organisationName ?? organisationName;
    if (feed.calendar === 'agenda') {
      return feed.scope === 'organisation'
        ? t('feeds.agendaScope.organisation', { organisation })
        : t('feeds.agendaScope.platform');
    }
    return feed.scope === 'organisation'
      ? t('feeds.scope.organisation', { organisation })
      : t('feeds.scope.platform');
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    create.mutate({ platform, calendar, scope }, { onSuccess: ({ url }) => setCreated(url) });
  }

  function confirmRevoke() {
    if (!revoking) return;
    revoke.mutate(
      { platform, feedId: revoking.id },
      {
        onSuccess: () => {
          setRevoking(null);
          setStatus(t('feeds.revoked'));
        },
      },
    );
  }

  let list;
  if (feeds.isPending) list = <LoadingState label={tc('common.loading')} />;
  else if (feeds.isError) list = <ErrorMessage>{describeError(feeds.error)}</ErrorMessage>;
  else if (feeds.data.length === 0) list = <p className="text-slate-800">{t('feeds.none')}</p>;
  else
    list = (
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300">
        {feeds.data.map((feed) => (
          <li key={feed.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
            <div>
              <p className="font-medium text-slate-900">{scopeName(feed)}</p>
              <p className="text-sm text-slate-700">
                {t('feeds.createdAt', { date: formatDateTime(feed.createdAt, locale) })}
              </p>
            </div>
            <Button
              variant="dangerOutline"
              size="sm"
              aria-label={t('feeds.revokeLabel', { name: scopeName(feed) })}
              onClick={() => {
                revoke.reset();
                setRevoking(feed);
              }}
            >
              {t('feeds.revoke')}
            </Button>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="space-y-4">
      <p className="text-slate-800">{t('feeds.lead')}</p>
      {created ? (
        <FeedLink url={created} onDone={() => setCreated(null)} />
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <SelectField
            label={t('feeds.calendarLabel')}
            value={calendar}
            onChange={(e) => setCalendar(e.target.value as Calendar)}
          >
            <option value="distributions">{t('feeds.calendar.distributions')}</option>
            <option value="agenda">{t('feeds.calendar.agenda')}</option>
          </SelectField>
          <SelectField
            label={t('feeds.scopeLabel')}
            value={scope}
            onChange={(e) => setScope(e.target.value as Scope)}
          >
            <option value="organisation">
              {scopeName({ calendar, scope: 'organisation', organisationName })}
            </option>
            <option value="platform">
              {scopeName({ calendar, scope: 'platform', organisationName })}
            </option>
          </SelectField>
          <Button type="submit" disabled={create.isPending} aria-busy={create.isPending}>
            {t('feeds.create')}
          </Button>
        </form>
      )}
      <ErrorMessage>{create.isError ? describeError(create.error) : null}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      <h3 className="font-bold text-slate-950">{t('feeds.listHeading')}</h3>
      {list}
      <ConfirmDialog
        open={revoking !== null}
        title={t('feeds.revokeTitle')}
        body={
          <>
            <p className="mb-2 font-medium">{revoking ? scopeName(revoking) : ''}</p>
            <p>{t('feeds.revokeBody')}</p>
          </>
        }
        confirmLabel={t('feeds.revokeConfirm')}
        cancelLabel={tc('common.cancel')}
        busy={revoke.isPending}
        error={revoke.isError ? describeError(revoke.error) : null}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      />
    </div>
  );
}
