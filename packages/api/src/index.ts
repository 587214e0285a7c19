import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './root';

export { appRouter, type AppRouter } from './root';
export { createCallerFactory } from './trpc';
export {
  createContext,
  type ApiDeps,
  type Context,
  type EvidenceFiles,
  type LiveBoards,
  type LiveConnections,
  type RequestMeta,
  type SessionCookie,
} from './context';
export { defaultAuthConfig, type AuthConfig } from './services/auth-config';
export { signIn, wrongCredentialsMessage, type SignInResult } from './services/sign-in';
export {
  cookieExpiry,
  endAllSessionsOfUser,
  endSession,
  resolveSession,
  startSession,
} from './services/sessions';
export { hashPassword, passwordMatches } from './services/passwords';
export { recordAudit, recordAudits, type AuditEntry } from './services/audit';
export { hashToken, newId, newSecretToken } from './services/tokens';
export {
  incidentReportRowOf,
  incidentReportScopes,
  incidentViewerOf,
  readableIncidents,
  type IncidentReportScope,
  type ReadableIncident,
} from './services/incident-reader';
export { type IncidentAccess, type IncidentViewer } from './services/incident-visibility';
export {
  expireIncidents,
  retentionSettingsOf,
  type ExpiryOptions,
  type ExpiryRun,
  type PlatformExpiry,
} from './services/incident-expiry';
export {
  attachmentViewOf,
  attachmentWithUrl,
  evidenceAccessOf,
  type AttachmentView,
  type EvidenceAccess,
} from './services/incident-evidence';
export {
  capacityDocName,
  readCapacity,
  readSchedule,
  scheduleDocName,
  seriesOfOrganisation,
  type CapacityBoardView,
  type ScheduleBoardView,
} from './services/board-readers';
export {
  maxHistoryDays,
  type HistoryReadingView,
  type PlatformDailySummary,
  type ServiceHistory,
} from './services/capacity-history';
export {
  actionsOf,
  agendaDocName,
  readableItems,
  readableOccurrences,
  readAgendaFor,
  type AgendaBoardView,
  type AgendaGroupTag,
  type AgendaView,
  type ReadableAgendaItem,
  type ReadableAgendaOccurrence,
} from './services/agenda-reader';
export {
  importColumns,
  maxImportCharacters,
  maxImportRows,
  type ImportedSeries,
  type ImportProblem,
} from './services/schedule-import';

export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
