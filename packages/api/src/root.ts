import { accountRouter } from './routers/account';
import { auditRouter } from './routers/audit';
import { capacityRouter } from './routers/capacity';
import { groupRouter } from './routers/group';
import { guideRouter } from './routers/guide';
import { incidentRouter } from './routers/incident';
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
});

export type AppRouter = typeof appRouter;
