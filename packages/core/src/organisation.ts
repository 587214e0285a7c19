import { z } from 'zod';

export const organisationKinds = [
  'association',
  'ngo',
  'uk_charity',
  'collective',
  'state_service',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep this under ${max} characters.` })
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);

export const organisationFields = z.object({
  name: z
    .string()
    .trim()
    .min(2, { message: 'Give the organisation a name of at least 2 characters.' })
    .max(120, { message: 'Keep the name under 120 characters.' }),
  shortName: z
    .string()
    .trim()
    .min(1, { message: 'Give a short name, e.g. "U56".' })
    .max(24, { message: 'Keep the short name under 24 characters.' }),
  kind: z.enum(organisationKinds, {
    message: 'Choose a kind: association, NGO, UK charity, collective, state service or other.',
  }),
  stateMandated: z.boolean().default(false),
  publiclyFunded: z.boolean().default(false),
  contactEmail: z
    .union([z.literal(''), z.email({ message: 'Enter a contact email like team@example.org.' })])
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null),
  contactPhone: optionalText(40),
  website: z
    .union([z.literal(''), z.url({ message: 'Enter a web address starting with https://.' })])
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null),
});
export type OrganisationFields = z.infer<typeof organisationFields>;
