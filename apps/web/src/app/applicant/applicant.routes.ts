import { Routes } from '@angular/router';
import { pageRoute } from '../core/page-route';
import { ApplicantHomePage } from './applicant-home.page';

/** Applicant home (`/`, matched by role in app.routes.ts). */
export const applicantRoutes: Routes = [{ path: '', component: ApplicantHomePage, title: 'title.home' }];
export default applicantRoutes;

/** `/bewerbungen/...` (guarded for applicants in app.routes.ts). */
export const applicationRoutes: Routes = [
  pageRoute('', 'title.applications', () => import('./my-applications.page'), 'MyApplicationsPage'),
  pageRoute(':id', 'title.application', () => import('./application.page'), 'ApplicationPage'),
];

/** `/meine-daten` (guarded for applicants in app.routes.ts). */
export const myDataRoutes: Routes = [pageRoute('', 'title.myData', () => import('./my-data.page'), 'MyDataPage')];
