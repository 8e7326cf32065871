import { Routes } from '@angular/router';

/** Admin area (lazy, guarded by role in app.routes.ts). */
export const adminRoutes: Routes = [
  {
    path: 'veranstaltungen/neu',
    title: 'title.eventNew',
    loadComponent: () => import('./event-form.page').then((m) => m.EventFormPage),
  },
  {
    path: 'veranstaltungen/:id/vorlagen',
    title: 'title.templates',
    loadComponent: () => import('./email-templates.page').then((m) => m.EmailTemplatesPage),
  },
  {
    path: 'veranstaltungen/:id/kopieren',
    title: 'title.eventCopy',
    loadComponent: () => import('./event-copy.page').then((m) => m.EventCopyPage),
  },
  {
    path: 'veranstaltungen/:id/druck',
    title: 'title.print',
    loadComponent: () => import('../print/print.page').then((m) => m.PrintPage),
  },
  {
    path: 'veranstaltungen/:id',
    title: 'title.eventEdit',
    loadComponent: () => import('./event-form.page').then((m) => m.EventFormPage),
  },
  { path: 'veranstaltungen/:id', loadChildren: () => import('../floor-plan/floor-plan.routes') },
  {
    path: 'personal',
    title: 'title.staff',
    loadComponent: () => import('./staff-accounts.page').then((m) => m.StaffAccountsPage),
  },
  {
    path: 'aufbewahrung',
    title: 'title.retention',
    loadComponent: () => import('./retention.page').then((m) => m.RetentionPage),
  },
  {
    path: 'postausgang',
    title: 'title.outbox',
    loadComponent: () => import('./outbox.page').then((m) => m.OutboxPage),
  },
  { path: '', pathMatch: 'full', redirectTo: '/' },
  {
    path: '**',
    title: 'title.notFound',
    loadComponent: () => import('../public/not-found.page').then((m) => m.NotFoundPage),
  },
];
export default adminRoutes;
