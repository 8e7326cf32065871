import { Routes } from '@angular/router';
import { ApplicantHomePage } from './applicant-home.page';

/** Applicant area (lazy). Applying for a stand follows in a later issue. */
export const applicantRoutes: Routes = [{ path: '', component: ApplicantHomePage, title: 'title.home' }];
export default applicantRoutes;
