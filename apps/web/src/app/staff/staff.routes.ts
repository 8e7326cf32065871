import { Routes } from '@angular/router';
import { StaffHomePage } from './staff-home.page';

/** Staff home (lazy): reviewers and admins. */
export const staffRoutes: Routes = [{ path: '', component: StaffHomePage, title: 'title.home' }];
export default staffRoutes;

/** Reviewing (`/pruefung/...`, lazy, reviewers and admins): an event's applications and one application. */
export const reviewRoutes: Routes = [
  {
    path: 'bewerbungen/:id',
    title: 'title.reviewApplication',
    loadComponent: () => import('./application-review.page').then((m) => m.ApplicationReviewPage),
  },
  {
    path: ':eventId/vorgemerkt',
    title: 'title.pendingDecisions',
    loadComponent: () => import('./pending-decisions.page').then((m) => m.PendingDecisionsPage),
  },
  {
    path: ':eventId',
    title: 'title.reviewList',
    loadComponent: () => import('./applications-list.page').then((m) => m.ApplicationsListPage),
  },
  { path: '', pathMatch: 'full', redirectTo: '/' },
];
