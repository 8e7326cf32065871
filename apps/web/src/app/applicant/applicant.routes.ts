import { Routes } from '@angular/router';
import { ApplicantHomePage } from './applicant-home.page';

/** Applicant home (`/`, matched by role in app.routes.ts). */
export const applicantRoutes: Routes = [{ path: '', component: ApplicantHomePage, title: 'title.home' }];
export default applicantRoutes;

/** `/bewerbungen/...` (guarded for applicants in app.routes.ts). */
export const applicationRoutes: Routes = [
  {
    path: '',
    title: 'title.applications',
    loadComponent: () => import('./my-applications.page').then((m) => m.MyApplicationsPage),
  },
  {
    path: ':id',
    title: 'title.application',
    loadComponent: () => import('./application.page').then((m) => m.ApplicationPage),
  },
];

/** `/meine-daten` (guarded for applicants in app.routes.ts). */
export const myDataRoutes: Routes = [
  { path: '', title: 'title.myData', loadComponent: () => import('./my-data.page').then((m) => m.MyDataPage) },
];
