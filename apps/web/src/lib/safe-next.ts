/**
 * Where to go after signing in. Only paths inside the app are followed, so a crafted
 * `?next=https://evil.example` link cannot send someone elsewhere after they sign in.
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  if (raw.startsWith('/sign-in')) return fallback;
  return raw;
}

export function signInPath(next?: string): string {
  const target = next ? safeNextPath(next, '') : '';
  return target && target !== '/' ? `/sign-in?next=${encodeURIComponent(target)}` : '/sign-in';
}
