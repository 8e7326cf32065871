import { Routes } from '@angular/router';

/** Admin area (lazy, guarded by role in app.routes.ts). */
export const adminRoutes: Routes = [
  { path: 'veranstaltungen/neu', title: 'title.eventNew', loadComponent: () => import('./event-form.page').then((m) => m.EventFormPage) },
  { path: 'veranstaltungen/:id', title: 'title.eventEdit', loadComponent: () => import('./event-form.page').then((m) => m.EventFormPage) },
  { path: 'personal', title: 'title.staff', loadComponent: () => import('./staff-accounts.page').then((m) => m.StaffAccountsPage) },
  { path: '', pathMatch: 'full', redirectTo: '/' },
  { path: '**', title: 'title.notFound', loadComponent: () => import('../public/not-found.page').then((m) => m.NotFoundPage) },
];
export default adminRoutes;
