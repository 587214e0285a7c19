/**
 * The routes. The URL names the platform (`/calais/members`). Screens beyond sign-in and a
 * platform's home load on demand, so a phone on a weak signal downloads only what it shows.
 */
import { createBrowserRouter } from 'react-router';
import { preloadLiveLayer } from '@/lib/live-board/registry';
import { PlatformLayout } from './layouts/platform-layout';
import { RootLayout } from './layouts/root-layout';
import { SignedInLayout } from './layouts/signed-in-layout';
import { SignedOutLayout } from './layouts/signed-out-layout';
import { AppLoading } from './routes/app-loading';
import { HomeRedirect } from './routes/home-redirect';
import { NotFound } from './routes/not-found';
import { PlatformHomeRoute } from './routes/platform/home';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    // Shown while the code of the first screen still downloads.
    hydrateFallbackElement: <AppLoading />,
    children: [
      {
        element: <SignedOutLayout />,
        children: [
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'invite/:token', lazy: () => import('./routes/invite') },
        ],
      },
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomeRedirect /> },
          { path: 'account', lazy: () => import('./routes/account') },
          {
            path: ':platform',
            element: <PlatformLayout />,
            children: [
              { index: true, element: <PlatformHomeRoute /> },
              {
                path: 'today',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/today');
                },
              },
              {
                path: 'capacity',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/capacity');
                },
              },
              {
                path: 'capacity/:organisationId/:serviceId',
                lazy: () => import('./routes/platform/capacity-service'),
              },
              {
                path: 'distributions',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/distributions');
                },
              },
              {
                path: 'agenda',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/agenda');
                },
              },
              {
                path: 'agenda/:itemId',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/agenda-item');
                },
              },
              {
                path: 'actions',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/actions');
                },
              },
              { path: 'incidents', lazy: () => import('./routes/platform/incidents') },
              { path: 'incidents/new', lazy: () => import('./routes/platform/incident-new') },
              { path: 'incidents/report', lazy: () => import('./routes/platform/incident-report') },
              { path: 'incidents/bans', lazy: () => import('./routes/platform/incident-bans') },
              {
                path: 'incidents/retention',
                lazy: () => import('./routes/platform/incident-retention'),
              },
              {
                path: 'incidents/:incidentId/edit',
                lazy: () => import('./routes/platform/incident-edit'),
              },
              { path: 'incidents/:incidentId', lazy: () => import('./routes/platform/incident') },
              { path: 'groups', lazy: () => import('./routes/platform/groups') },
              { path: 'guide', lazy: () => import('./routes/platform/guide') },
              {
                path: 'coverage',
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/coverage');
                },
              },
              {
                path: 'sites',
                // The live layer downloads alongside the screen, not after it.
                lazy: () => {
                  void preloadLiveLayer();
                  return import('./routes/platform/sites');
                },
              },
              { path: 'members', lazy: () => import('./routes/platform/members') },
              { path: 'organisations', lazy: () => import('./routes/platform/organisations') },
              { path: 'invitations', lazy: () => import('./routes/platform/invitations') },
              { path: 'audit', lazy: () => import('./routes/platform/audit') },
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
