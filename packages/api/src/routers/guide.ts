import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  guideLanguageOf,
  guideLanguages,
  guideReferenceLanguage,
  guideReviewProgress,
  guideSections,
  guideStringEntries,
  isGuideLanguageCode,
  maxGuideSectionLength,
  readGuideLanguageSettings,
  reviewHolds,
  type GuideLanguageCode,
  type GuideSection,
} from '@opale/core';
import {
  deleteGuideReview,
  findGuideSettings,
  findUserById,
  listGuideReviews,
  listGuideSections,
  markGuideSectionReviewed,
  saveGuideReview,
  saveGuideSection,
  saveGuideSettings,
} from '@opale/db';
import type { Context } from '../context';
import { recordAudit } from '../services/audit';
import { platformProcedure } from '../trpc';

const guideLanguage = z.string().refine(isGuideLanguageCode, {
  message: `That is not one of the guide’s languages. Choose among: ${guideLanguages
    .map((l) => `${l.englishName} (${l.code})`)
    .join(', ')}.`,
});

const guideSection = z.enum(guideSections, {
  message: 'A guide section is one of: rights, safety, minors, info.',
});

const stringKeys = z
  .array(z.string().max(200))
  .min(1, { message: 'Choose at least one translation.' })
  .max(1000, { message: 'That is more translations than the guide has. Reload the page.' });

function nameOf(code: GuideLanguageCode): string {
  return guideLanguageOf(code)?.englishName ?? code;
}

/** The names of the people who changed or reviewed something, for "reviewed by … on …". */
async function namesOf(
  ctx: Context,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const user = await findUserById(ctx.db, id);
    if (user) names.set(id, user.name);
  }
  return names;
}

async function sectionsOf(ctx: Context, platformId: string, language?: GuideLanguageCode) {
  const rows = await listGuideSections(ctx.db, platformId, language);
  const names = await namesOf(
    ctx,
    rows.flatMap((row) => [row.updatedBy, row.reviewedBy]),
  );
  return rows
    .filter((row) => isGuideLanguageCode(row.language))
    .map((row) => ({
      language: row.language as GuideLanguageCode,
      section: row.section as GuideSection,
      body: row.body,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy ? (names.get(row.updatedBy) ?? null) : null,
      reviewedAt: row.reviewedAt,
      reviewedBy: row.reviewedBy ? (names.get(row.reviewedBy) ?? null) : null,
    }));
}

/**
 * The Arrival Guide's settings as coordinators keep them: which languages the public page offers,
 * in which order, which stay off it until reviewed, the sections written per language, and which
 * built-in translations someone has checked. Every member reads them; coordinators change them.
 */
export const guideRouter = {
  settings: platformProcedure('observer').query(async ({ ctx }) => {
    const { languages, hidden } = readGuideLanguageSettings(
      await findGuideSettings(ctx.db, ctx.platform.id),
    );
    const reviews = await listGuideReviews(ctx.db, ctx.platform.id);
    const sections = await sectionsOf(ctx, ctx.platform.id);
    // Progress for every language, chosen or not: a coordinator checks a language before adding it.
    const progress = Object.fromEntries(
      guideLanguages.map(({ code }) => [
        code,
        guideReviewProgress(
          guideStringEntries(code),
          reviews.filter((review) => review.language === code),
        ),
      ]),
    ) as Record<GuideLanguageCode, ReturnType<typeof guideReviewProgress>>;
    return {
      slug: ctx.platform.slug,
      languages,
      hidden,
      referenceLanguage: guideReferenceLanguage,
      progress,
      sections,
    };
  }),

  saveLanguages: platformProcedure('coordinator')
    .input(
      z.object({
        languages: z
          .array(guideLanguage)
          .min(1, { message: 'Keep at least one language on the guide.' })
          .refine((codes) => new Set(codes).size === codes.length, {
            message: 'Each language can appear only once in the list.',
          }),
        hidden: z.array(guideLanguage),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const stray = input.hidden.filter((code) => !input.languages.includes(code));
      if (stray.length > 0) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `${stray.map(nameOf).join(', ')} cannot be hidden: it is not among the guide’s languages. Add it first, or leave it out.`,
        });
      }
      const hidden = [...new Set(input.hidden)];
      if (hidden.length === input.languages.length) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message:
            'Show at least one language on the public guide; otherwise people would find an empty page.',
        });
      }
      const before = readGuideLanguageSettings(await findGuideSettings(ctx.db, ctx.platform.id));
      await saveGuideSettings(ctx.db, {
        platformId: ctx.platform.id,
        languages: input.languages.join(' '),
        hiddenLanguages: hidden.join(' '),
        updatedAt: ctx.now().toISOString(),
        updatedBy: ctx.signedIn.user.id,
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'guide.languages_changed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'guide', id: ctx.platform.id },
        detail: { before, after: { languages: input.languages, hidden } },
        ip: ctx.request.ip,
      });
      return { languages: input.languages, hidden };
    }),

  saveSection: platformProcedure('coordinator')
    .input(
      z.object({
        language: guideLanguage,
        section: guideSection,
        body: z.string().max(maxGuideSectionLength, {
          message: `A guide section holds at most ${maxGuideSectionLength} characters. Shorten it, or move part of it to another section.`,
        }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const body = input.body.trim();
      const [before] = await listGuideSections(ctx.db, ctx.platform.id, input.language).then(
        (rows) => rows.filter((row) => row.section === input.section),
      );
      await saveGuideSection(ctx.db, {
        platformId: ctx.platform.id,
        language: input.language,
        section: input.section,
        body,
        updatedAt: ctx.now().toISOString(),
        updatedBy: ctx.signedIn.user.id,
      });
      const changed = before?.body !== body;
      if (changed) {
        await recordAudit(ctx.db, ctx.now(), {
          action: 'guide.section_saved',
          actorId: ctx.signedIn.user.id,
          platformId: ctx.platform.id,
          target: { type: 'guide_section', id: `${input.language}/${input.section}` },
          detail: { language: input.language, section: input.section, length: body.length },
          ip: ctx.request.ip,
        });
      }
      const [saved] = (await sectionsOf(ctx, ctx.platform.id, input.language)).filter(
        (row) => row.section === input.section,
      );
      return { section: saved, reviewLapsed: changed && before?.reviewedAt != null };
    }),

  reviewSection: platformProcedure('coordinator')
    .input(z.object({ language: guideLanguage, section: guideSection }))
    .mutation(async ({ ctx, input }) => {
      const [existing] = (await listGuideSections(ctx.db, ctx.platform.id, input.language)).filter(
        (row) => row.section === input.section,
      );
      if (!existing || existing.body === '') {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `The ${input.section} section in ${nameOf(input.language)} is empty: there is nothing to review. Write it and save it first.`,
        });
      }
      await markGuideSectionReviewed(ctx.db, {
        platformId: ctx.platform.id,
        language: input.language,
        section: input.section,
        reviewedAt: ctx.now().toISOString(),
        reviewedBy: ctx.signedIn.user.id,
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'guide.section_reviewed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'guide_section', id: `${input.language}/${input.section}` },
        detail: { language: input.language, section: input.section },
        ip: ctx.request.ip,
      });
      const [saved] = (await sectionsOf(ctx, ctx.platform.id, input.language)).filter(
        (row) => row.section === input.section,
      );
      return { section: saved };
    }),

  /**
   * Every built-in string of the guide in one language beside its English, and whether a review
   * still holds: one made of an earlier wording has lapsed.
   */
  strings: platformProcedure('observer')
    .input(z.object({ language: guideLanguage }))
    .query(async ({ ctx, input }) => {
      const reviews = new Map(
        (await listGuideReviews(ctx.db, ctx.platform.id, input.language)).map((review) => [
          review.stringKey,
          review,
        ]),
      );
      const names = await namesOf(
        ctx,
        [...reviews.values()].map((review) => review.reviewedBy),
      );
      const language = guideLanguageOf(input.language);
      return {
        language: input.language,
        dir: language?.dir ?? 'ltr',
        reference: input.language === guideReferenceLanguage,
        entries: guideStringEntries(input.language).map((entry) => {
          const review = reviews.get(entry.key);
          const reviewed = reviewHolds(review, entry.text);
          return {
            ...entry,
            reviewed,
            lapsed: review !== undefined && !reviewed,
            reviewedAt: reviewed ? (review?.reviewedAt ?? null) : null,
            reviewedBy:
              reviewed && review?.reviewedBy ? (names.get(review.reviewedBy) ?? null) : null,
          };
        }),
      };
    }),

  markReviewed: platformProcedure('coordinator')
    .input(z.object({ language: guideLanguage, keys: stringKeys }))
    .mutation(async ({ ctx, input }) => {
      const entries = new Map(guideStringEntries(input.language).map((e) => [e.key, e]));
      const unknown = input.keys.filter((key) => !entries.has(key));
      if (unknown.length > 0) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: `The guide has no translation called ${unknown.slice(0, 3).join(', ')}. Reload the page: the guide’s texts may have changed.`,
        });
      }
      const keys = [...new Set(input.keys)];
      const reviewedAt = ctx.now().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        for (const key of keys) {
          await saveGuideReview(trx, {
            platformId: ctx.platform.id,
            language: input.language,
            stringKey: key,
            text: entries.get(key)?.text ?? '',
            reviewedAt,
            reviewedBy: ctx.signedIn.user.id,
          });
        }
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'guide.strings_reviewed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'guide', id: ctx.platform.id },
        detail: { language: input.language, count: keys.length, keys: keys.slice(0, 50) },
        ip: ctx.request.ip,
      });
      return { reviewed: keys.length };
    }),

  unmarkReviewed: platformProcedure('coordinator')
    .input(z.object({ language: guideLanguage, keys: stringKeys }))
    .mutation(async ({ ctx, input }) => {
      const keys = [...new Set(input.keys)];
      await ctx.db.transaction().execute(async (trx) => {
        for (const key of keys) {
          await deleteGuideReview(trx, ctx.platform.id, input.language, key);
        }
      });
      await recordAudit(ctx.db, ctx.now(), {
        action: 'guide.strings_unreviewed',
        actorId: ctx.signedIn.user.id,
        platformId: ctx.platform.id,
        target: { type: 'guide', id: ctx.platform.id },
        detail: { language: input.language, count: keys.length, keys: keys.slice(0, 50) },
        ip: ctx.request.ip,
      });
      return { unreviewed: keys.length };
    }),
} satisfies TRPCRouterRecord;
