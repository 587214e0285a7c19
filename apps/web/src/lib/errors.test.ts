import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, fieldErrorsOf, isRefusal, isUnauthorized } from './errors';

const fallback = { network: 'no network', unknown: 'unknown' };

function serverError(
  code: string,
  httpStatus: number,
  message: string,
  fieldErrors: Record<string, string[]> | null = null,
) {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32000, data: { code, httpStatus, fieldErrors } } },
  });
}

describe('server errors', () => {
  it('shows the server’s own message', () => {
    const error = serverError('FORBIDDEN', 403, 'Ask a platform admin.');
    expect(describeError(error, fallback)).toBe('Ask a platform admin.');
    expect(isRefusal(error)).toBe(true);
  });

  it('tells an ended session apart', () => {
    expect(isUnauthorized(serverError('UNAUTHORIZED', 401, 'Your session has ended.'))).toBe(true);
    expect(isUnauthorized(serverError('FORBIDDEN', 403, 'No.'))).toBe(false);
  });

  it('says the network failed when the server never answered', () => {
    const error = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(describeError(error, fallback)).toBe('no network');
    expect(isRefusal(error)).toBe(false);
  });

  it('reads field messages', () => {
    const error = serverError('BAD_REQUEST', 400, 'name: too short', { name: ['Too short.'] });
    expect(fieldErrorsOf(error)).toEqual({ name: 'Too short.' });
  });
});
