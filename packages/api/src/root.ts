import { accountRouter } from './routers/account';
import { auditRouter } from './routers/audit';
import { invitationRouter } from './routers/invitation';
import { memberRouter } from './routers/member';
import { organisationRouter } from './routers/organisation';
import { platformRouter } from './routers/platform';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  platform: platformRouter,
  organisation: organisationRouter,
  member: memberRouter,
  invitation: invitationRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
