import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './errors';

/** Turns any failure into the sentence to show: the server's own, or ours when it was unreachable. */
export function useDescribeError() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown): string =>
      describeError(error, { network: t('errors.network'), unknown: t('errors.unknown') }),
    [t],
  );
}
