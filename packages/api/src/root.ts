import { accountRouter } from './routers/account';
import { auditRouter } from './routers/audit';
import { banRouter } from './routers/ban';
import { capacityRouter } from './routers/capacity';
import { groupRouter } from './routers/group';
import { guideRouter } from './routers/guide';
import { incidentRouter } from './routers/incident';
import { incidentReportRouter } from './routers/incident-report';
import { incidentRetentionRouter } from './routers/incident-retention';
import { feedRouter } from './routers/feed';
import { invitationRouter } from './routers/invitation';
import { memberRouter } from './routers/member';
import { organisationRouter } from './routers/organisation';
import { platformRouter } from './routers/platform';
import { scheduleRouter } from './routers/schedule';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  platform: platformRouter,
  organisation: organisationRouter,
  member: memberRouter,
  invitation: invitationRouter,
  audit: auditRouter,
  group: groupRouter,
  schedule: scheduleRouter,
  feed: feedRouter,
  capacity: capacityRouter,
  guide: guideRouter,
  incident: incidentRouter,
  ban: banRouter,
  incidentReport: incidentReportRouter,
  incidentRetention: incidentRetentionRouter,
});

export type AppRouter = typeof appRouter;
