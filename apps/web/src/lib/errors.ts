/**
 * Reading errors from the server. Its messages are written for people and shown as they are;
 * only failures that never reached it (no signal, server down) get a message of ours.
 */
import { TRPCClientError } from '@trpc/client';

interface ServerErrorData {
  code?: string;
  httpStatus?: number;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

function serverData(error: unknown): ServerErrorData | undefined {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return data && typeof data === 'object' ? data : undefined;
}

/** The server answered: the message is its own. */
export function isServerError(error: unknown): error is TRPCClientError<never> {
  return serverData(error)?.code !== undefined;
}

/** The session behind the request has ended (signed out elsewhere, removed, expired). */
export function isUnauthorized(error: unknown): boolean {
  return serverData(error)?.code === 'UNAUTHORIZED';
}

/** The server refused the request itself; asking again will get the same answer. */
export function isRefusal(error: unknown): boolean {
  const status = serverData(error)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

/** Messages per input name, from the server's validation. */
export function fieldErrorsOf(error: unknown): Record<string, string | undefined> {
  const fields = serverData(error)?.fieldErrors;
  if (!fields) return {};
  return Object.fromEntries(
    Object.entries(fields).map(([name, messages]) => [name, messages?.[0]]),
  );
}

/** What to tell the person, given a translation for the cases the server could not describe. */
export function describeError(
  error: unknown,
  fallback: { network: string; unknown: string },
): string {
  if (isServerError(error)) return error.message;
  if (error instanceof TRPCClientError || error instanceof TypeError) return fallback.network;
  return fallback.unknown;
}
