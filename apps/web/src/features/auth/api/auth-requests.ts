/**
 * Signing in and out are plain HTTP endpoints (not tRPC): the server sets and clears the
 * session cookie. The browser adds the Origin header the server checks.
 */
import { currentLocale } from '@/lib/i18n';

/** The server answered with a refusal; its message is written for the person. */
export class AuthRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AuthRefusedError';
  }
}

/** The request never got an answer: no signal, or the server is down. */
export class AuthUnreachableError extends Error {
  constructor() {
    super('unreachable');
    this.name = 'AuthUnreachableError';
  }
}

async function post(path: string, body?: unknown): Promise<Response> {
  try {
    return await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      // The server answers its refusals in the language the screen shows.
      headers: { 'content-type': 'application/json', 'accept-language': currentLocale() },
      body: JSON.stringify(body ?? {}),
    });
  } catch {
    throw new AuthUnreachableError();
  }
}

async function refusal(response: Response): Promise<AuthRefusedError> {
  let message = '';
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // not JSON (a proxy's error page): no message of the server's to show
  }
  return new AuthRefusedError(message, response.status);
}

export interface Credentials {
  email: string;
  password: string;
}

export async function signIn(credentials: Credentials): Promise<void> {
  const response = await post('/auth/login', credentials);
  if (!response.ok) throw await refusal(response);
}

export async function signOut(): Promise<void> {
  const response = await post('/auth/logout');
  // 401: the session had already ended, which is what signing out wants.
  if (!response.ok && response.status !== 401) throw await refusal(response);
}
