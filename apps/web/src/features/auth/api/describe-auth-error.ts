import type { TFunction } from 'i18next';
import { AuthRefusedError, AuthUnreachableError } from './auth-requests';

export function describeAuthError(error: unknown, t: TFunction): string {
  if (error instanceof AuthRefusedError && error.message) return error.message;
  if (error instanceof AuthUnreachableError) return t('errors.network');
  return t('errors.unknown');
}
