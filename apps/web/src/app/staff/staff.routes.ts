import { Routes } from '@angular/router';
import { StaffHomePage } from './staff-home.page';

/** Staff area (lazy): reviewers and admins. Reviewing follows in a later issue. */
export const staffRoutes: Routes = [{ path: '', component: StaffHomePage, title: 'title.home' }];
export default staffRoutes;
