import { z } from 'zod';

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

export const locale = z.enum(locales, { message: 'Choose French (fr) or English (en).' });

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter an email address like name@example.org.' }));

/** Long passphrases are allowed; argon2 hashes any length, the cap only bounds the work. */
export const newPassword = z
  .string()
  .min(10, { message: 'Choose a password of at least 10 characters.' })
  .max(256, { message: 'Keep the password under 256 characters.' });

export const personName = z
  .string()
  .trim()
  .min(1, { message: 'Enter your name as colleagues know you.' })
  .max(80, { message: 'Keep the name under 80 characters.' });

/** Platform slugs name the platform in URLs (`/calais/…`) and in document names. */
/** First path segments the web app and the server use for themselves. */
export const reservedSlugs = [
  'account',
  'sign-in',
  'invite',
  'trpc',
  'auth',
  'sync',
  'guide',
  'ical',
  'export',
  'healthz',
  'assets',
] as const;

export const platformSlug = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, {
    message: 'A platform slug is 2–32 lowercase letters, digits or dashes, e.g. "calais".',
  })
  .refine((slug) => !(reservedSlugs as readonly string[]).includes(slug), {
    message: 'That word is used by Opale itself; choose another platform slug, e.g. the town name.',
  });
