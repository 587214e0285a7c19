/**
 * tRPC set-up: context, initialisation and the procedures every router builds on.
 * Every procedure states who may call it by the builder it starts from; nothing is open by
 * accident (tests/authorization-matrix.test.ts checks every procedure against every role).
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import { answerLocale, platformSlug, roleAtLeast, translateMessage, type Role } from '@opale/core';
import { findMembership, findPlatformBySlug } from '@opale/db';
import type { Context } from './context';

// ---------------------------------------------------------------------------------------------
// Initialisation: validation errors reach the client as readable field messages.

const t = initTRPC.context<Context>().create({
  // Never send stack traces to browsers, whatever NODE_ENV says; the server logs failures.
  isDev: false,
  // Messages are written in English; the answer gives them in the language of the person's
  // screen (the app's Accept-Language), else of their account.
  errorFormatter({ shape, error, ctx }) {
    const locale = answerLocale(ctx?.request.acceptLanguage, ctx?.signedIn?.user.locale);
    const say = (message: string) => translateMessage(message, locale);
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? describeZodError(zodError, say) : say(shape.message),
      data: { ...shape.data, fieldErrors: zodError ? fieldErrorsOf(zodError, say) : null },
    };
  },
});

type Say = (message: string) => string;

/** The messages alone: they are written to be read as they are; field paths say nothing to people. */
function describeZodError(error: ZodError, say: Say): string {
  return [...new Set(error.issues.map((issue) => say(issue.message)))].join(' ');
}

/** Messages by dotted field path (`name`, `newAccount.password`), for forms to show by fields. */
function fieldErrorsOf(error: ZodError, say: Say): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    (byField[path] ??= []).push(say(issue.message));
  }
  return byField;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

// ---------------------------------------------------------------------------------------------
// Procedures

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure;

/** A signed-in person; `ctx.signedIn` is guaranteed below this point. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.signedIn) {
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'Your session has ended. Sign in again to continue.',
    });
  }
  return next({ ctx: { ...ctx, signedIn: ctx.signedIn } });
});

/**
 * A member of the platform named by `input.platform`, with at least `minimum` role. Someone who is
 * not a member gets the same answer whether or not the platform exists.
 */
export function platformProcedure(minimum: Role) {
  return authedProcedure
    .input(z.object({ platform: platformSlug }))
    .use(async ({ ctx, input, next }) => {
      const platform = await findPlatformBySlug(ctx.db, input.platform);
      const membership = platform
        ? await findMembership(ctx.db, ctx.signedIn.user.id, platform.id)
        : undefined;
      if (!platform || !membership) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `You are not a member of the platform "${input.platform}". Ask one of its admins for an invitation.`,
        });
      }
      const role = membership.role as Role;
      if (!roleAtLeast(role, minimum)) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `This needs the ${minimum} role on ${platform.name}; you are ${role}. Ask a platform admin if you need more rights.`,
        });
      }
      return next({ ctx: { ...ctx, platform, membership: { ...membership, role } } });
    });
}
