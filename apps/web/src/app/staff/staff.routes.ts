import { Routes } from '@angular/router';
import { pageRoute, routeGroup } from '../core/page-route';
import { StaffHomePage } from './staff-home.page';

/** Staff home (lazy): reviewers and admins. */
export const staffRoutes: Routes = [{ path: '', component: StaffHomePage, title: 'title.home' }];
export default staffRoutes;

/** Reviewing (`/pruefung/...`, lazy, reviewers and admins): an event's applications and one application. */
export const reviewRoutes: Routes = [
  pageRoute(
    'bewerbungen/:id',
    'title.reviewApplication',
    () => import('./application-review.page'),
    'ApplicationReviewPage',
  ),
  routeGroup(':eventId', [
    pageRoute('', 'title.reviewList', () => import('./applications-list.page'), 'ApplicationsListPage', {
      pathMatch: 'full',
    }),
    pageRoute('vorgemerkt', 'title.pendingDecisions', () => import('./pending-decisions.page'), 'PendingDecisionsPage'),
  ]),
  { path: '', pathMatch: 'full', redirectTo: '/' },
];
