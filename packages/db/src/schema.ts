import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * Times are ISO 8601 UTC strings (`2026-11-26T07:30:00.000Z`): they sort as text and read the
 * same on SQLite and Postgres. Booleans are 0/1 integers for the same reason.
 */
type IsoTime = string;
type Flag = number;

export interface UserTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  locale: string;
  createdAt: IsoTime;
  passwordChangedAt: IsoTime;
}

export interface SessionTable {
  /** sha-256 of the cookie token, hex; the token itself is never stored. */
  id: string;
  userId: string;
  createdAt: IsoTime;
  lastSeenAt: IsoTime;
  idleExpiresAt: IsoTime;
  absoluteExpiresAt: IsoTime;
  userAgent: string | null;
  ip: string | null;
}

export interface PlatformTable {
  id: string;
  slug: string;
  name: string;
  createdAt: IsoTime;
}

export interface OrganisationTable {
  id: string;
  name: string;
  shortName: string;
  kind: string;
  stateMandated: Flag;
  publiclyFunded: Flag;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

export interface PlatformOrganisationTable {
  platformId: string;
  organisationId: string;
  joinedAt: IsoTime;
}

export interface MembershipTable {
  id: string;
  userId: string;
  platformId: string;
  organisationId: string;
  role: string;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

export interface InvitationTable {
  id: string;
  /** sha-256 of the link token, hex. */
  tokenHash: string;
  platformId: string;
  organisationId: string;
  role: string;
  email: string | null;
  createdBy: string;
  createdAt: IsoTime;
  expiresAt: IsoTime;
  acceptedAt: IsoTime | null;
  acceptedBy: string | null;
  revokedAt: IsoTime | null;
  revokedBy: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  at: IsoTime;
  actorId: string | null;
  platformId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** JSON object with the facts of the event; never a secret. */
  detail: string;
  ip: string | null;
}

export interface DocumentUpdateTable {
  doc: string;
  seq: number;
  bytes: Uint8Array;
  author: string | null;
  at: IsoTime;
}

export interface DocumentSnapshotTable {
  doc: string;
  seq: number;
  bytes: Uint8Array;
  at: IsoTime;
}

export interface FeedTokenTable {
  id: string;
  /** sha-256 of the URL's secret, hex. */
  tokenHash: string;
  userId: string;
  platformId: string;
  /** `organisation` (the owner's organisation's distributions) or `platform` (all of them). */
  scope: string;
  /** The organisation of an `organisation` feed; null for a `platform` feed. */
  organisationId: string | null;
  /** `distributions` or `agenda`: which board the calendar shows. */
  calendar: Generated<string>;
  createdAt: IsoTime;
  revokedAt: IsoTime | null;
}

export interface GroupTable {
  id: string;
  platformId: string;
  name: string;
  kind: string;
  createdAt: IsoTime;
}

export interface GroupOrganisationTable {
  groupId: string;
  organisationId: string;
  status: string;
  addedAt: IsoTime;
  answeredAt: IsoTime | null;
}

/** One reading of a service's capacity, as the capacity board's update `seq` recorded it. */
export interface CapacityReadingTable {
  doc: string;
  seq: number;
  platform: string;
  organisationId: string;
  serviceId: string;
  status: string;
  available: number | null;
  total: number | null;
  note: string | null;
  /** The name the reading shows (written by the device). */
  byName: string;
  /** The account whose update it was, as the server knew it; null for seeded data. */
  authorId: string | null;
  /** When it was confirmed, on the device (ISO 8601): a reading taken offline keeps its time. */
  readingAt: IsoTime;
  /** When the server accepted it. */
  recordedAt: IsoTime;
}

/** The public Arrival Guide of a platform: its languages, in button order, and those held back. */
export interface GuideSettingsTable {
  platformId: string;
  /** BCP 47 codes, space-separated. */
  languages: string;
  /** Codes kept off the public guide until reviewed, space-separated. */
  hiddenLanguages: string;
  updatedAt: IsoTime;
  updatedBy: string | null;
}

/** A section coordinators write per language: rights, safety, minors, information. */
export interface GuideSectionTable {
  platformId: string;
  language: string;
  section: string;
  body: string;
  updatedAt: IsoTime;
  updatedBy: string | null;
  reviewedAt: IsoTime | null;
  reviewedBy: string | null;
}

/** A built-in guide string or service-type name a coordinator reviewed in one language. */
export interface GuideReviewTable {
  platformId: string;
  language: string;
  stringKey: string;
  /** The text reviewed: the review lapses when the translation changes. */
  text: string;
  reviewedAt: IsoTime;
  reviewedBy: string | null;
}

/** A report of obstruction or harassment of an organisation's work (DESIGN.md §2). */
export interface IncidentTable {
  id: string;
  platformId: string;
  organisationId: string;
  createdBy: string | null;
  /** draft | verified | shared */
  status: string;
  verifiedBy: string | null;
  verifiedAt: IsoTime | null;
  type: string;
  occurredAt: IsoTime;
  /** A site of the platform's schedule board; null when the place is described in `placeText`. */
  siteId: string | null;
  placeText: string | null;
  commune: string;
  authority: string;
  officers: number | null;
  vehicles: number | null;
  itemsSeized: number | null;
  /** Euro cents (a €135 fine is 13500). */
  fineAmountCents: number | null;
  /** Local date in Europe/Paris, `YYYY-MM-DD`. */
  fineNoticeDate: string | null;
  narrative: string;
  /**
   * The distribution occurrence the incident disrupted: a series of the platform's schedule board
   * and its local date (`YYYY-MM-DD`, Europe/Paris). Both set or both null.
   */
  occurrenceSeriesId: string | null;
  occurrenceDate: string | null;
  /** Made by the device once per report; unique per organisation. */
  idempotencyKey: string;
  createdAt: IsoTime;
  updatedAt: IsoTime;
  closedAt: IsoTime | null;
  /**
   * When its details expired (retention): narrative, place, site and follow-up notes blanked; the
   * row keeps what the platform's figures count. Null while it holds them.
   */
  redactedAt: IsoTime | null;
}

/** A group an incident is shared with: its consenting member organisations may read it. */
export interface IncidentShareTable {
  incidentId: string;
  groupId: string;
  sharedAt: IsoTime;
  sharedBy: string | null;
}

/** A complaint, a referral to the Défenseur des droits or a court action, and how it went. */
export interface IncidentFollowupTable {
  id: string;
  incidentId: string;
  kind: string;
  /** Local date, `YYYY-MM-DD`. */
  filedOn: string;
  outcome: string;
  notes: string;
  /** Local date, `YYYY-MM-DD`, the outcome was decided; null while unknown (or pending). */
  decidedOn: string | null;
  createdBy: string | null;
  createdAt: IsoTime;
  /** The last change to its outcome or notes; null for one never changed. */
  updatedAt: IsoTime | null;
}

/** A volunteer who saw an incident: read by the own organisation's reps, erased at closing. */
export interface IncidentWitnessTable {
  id: string;
  incidentId: string;
  name: string;
  contact: string;
  createdBy: string | null;
  createdAt: IsoTime;
}

/**
 * A photo, video or PDF attached to an incident as evidence. The file lives under the data
 * folder, named by `storageKey`; its location and device metadata were stripped on upload.
 */
export interface IncidentAttachmentTable {
  id: string;
  incidentId: string;
  /** photo | video | pdf */
  kind: string;
  mediaType: string;
  sizeBytes: number;
  /** Lower-case hex SHA-256 of the bytes stored (after stripping), to check later copies. */
  sha256: string;
  /** The sender's file name, cleaned (at most 120 characters); shown, never used on disk. */
  fileName: string;
  /** The file's random name in the evidence folder. */
  storageKey: string;
  /** Made by the device once per upload; unique per incident. */
  idempotencyKey: string;
  createdBy: string | null;
  createdAt: IsoTime;
}

/**
 * A prefectoral or municipal order forbidding distributions in an area for a while (an arrêté),
 * with the court challenge against it. Public legal acts: every member of the platform reads them.
 */
export interface DistributionBanTable {
  id: string;
  platformId: string;
  /** The organisation whose rep recorded it. */
  organisationId: string;
  createdBy: string | null;
  /** prefecture | municipality | other */
  authority: string;
  reference: string;
  /** Local dates in Europe/Paris, `YYYY-MM-DD`; `validUntil` is the order's own last day. */
  signedOn: string;
  area: string;
  commune: string;
  /** JSON array of site ids of the platform's schedule board. */
  siteIds: string;
  validFrom: string;
  validUntil: string;
  forbids: string | null;
  /** none | filed | decided */
  challengeState: string;
  challengeCourt: string | null;
  challengeFiledOn: string | null;
  challengeReference: string | null;
  /** suspended | annulled | rejected | withdrawn */
  challengeOutcome: string | null;
  challengeDecidedOn: string | null;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

/** A new order extending a ban to a later last day. */
export interface DistributionBanRenewalTable {
  id: string;
  banId: string;
  reference: string;
  signedOn: string;
  validUntil: string;
  createdBy: string | null;
  createdAt: IsoTime;
}

/**
 * How long a platform keeps the parts of its incident reports (packages/core retention rules);
 * a platform without a row keeps the defaults.
 */
export interface IncidentRetentionTable {
  platformId: string;
  witnessDays: number;
  evidenceYears: number;
  detailsYears: number;
  draftDays: number;
  updatedBy: string | null;
  updatedAt: IsoTime;
}

export interface Database {
  users: UserTable;
  sessions: SessionTable;
  platforms: PlatformTable;
  organisations: OrganisationTable;
  platformOrganisations: PlatformOrganisationTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  auditEvents: AuditEventTable;
  documentUpdates: DocumentUpdateTable;
  documentSnapshots: DocumentSnapshotTable;
  groups: GroupTable;
  groupOrganisations: GroupOrganisationTable;
  feedTokens: FeedTokenTable;
  capacityReadings: CapacityReadingTable;
  guideSettings: GuideSettingsTable;
  guideSections: GuideSectionTable;
  guideReviews: GuideReviewTable;
  incidents: IncidentTable;
  incidentShares: IncidentShareTable;
  incidentFollowups: IncidentFollowupTable;
  incidentWitnesses: IncidentWitnessTable;
  distributionBans: DistributionBanTable;
  distributionBanRenewals: DistributionBanRenewalTable;
  incidentAttachments: IncidentAttachmentTable;
  incidentRetention: IncidentRetentionTable;
}

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Session = Selectable<SessionTable>;
export type NewSession = Insertable<SessionTable>;
export type Platform = Selectable<PlatformTable>;
export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type OrganisationUpdate = Updateable<OrganisationTable>;
export type Membership = Selectable<MembershipTable>;
export type NewMembership = Insertable<MembershipTable>;
export type Invitation = Selectable<InvitationTable>;
export type NewInvitation = Insertable<InvitationTable>;
export type AuditEvent = Selectable<AuditEventTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
export type FeedToken = Selectable<FeedTokenTable>;
export type NewFeedToken = Insertable<FeedTokenTable>;
export type Group = Selectable<GroupTable>;
export type GroupOrganisation = Selectable<GroupOrganisationTable>;

export type CapacityReadingRow = Selectable<CapacityReadingTable>;

export type GuideSettingsRow = Selectable<GuideSettingsTable>;
export type GuideSectionRow = Selectable<GuideSectionTable>;
export type GuideReviewRow = Selectable<GuideReviewTable>;

export type IncidentRow = Selectable<IncidentTable>;
export type IncidentUpdate = Updateable<IncidentTable>;
export type IncidentShareRow = Selectable<IncidentShareTable>;
export type IncidentFollowupRow = Selectable<IncidentFollowupTable>;
export type IncidentWitnessRow = Selectable<IncidentWitnessTable>;
export type IncidentAttachmentRow = Selectable<IncidentAttachmentTable>;
export type IncidentRetentionRow = Selectable<IncidentRetentionTable>;

export type DistributionBanRow = Selectable<DistributionBanTable>;
export type DistributionBanUpdate = Updateable<DistributionBanTable>;
export type DistributionBanRenewalRow = Selectable<DistributionBanRenewalTable>;
