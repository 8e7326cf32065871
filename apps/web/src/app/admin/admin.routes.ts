import { Routes } from '@angular/router';
import { pageRoute, routeGroup } from '../core/page-route';

/** Admin area (lazy, guarded by role in app.routes.ts). */
export const adminRoutes: Routes = [
  pageRoute('veranstaltungen/neu', 'title.eventNew', () => import('./event-form.page'), 'EventFormPage'),
  routeGroup('veranstaltungen/:id', [
    pageRoute('', 'title.eventEdit', () => import('./event-form.page'), 'EventFormPage', { pathMatch: 'full' }),
    pageRoute('vorlagen', 'title.templates', () => import('./email-templates.page'), 'EmailTemplatesPage'),
    pageRoute('kopieren', 'title.eventCopy', () => import('./event-copy.page'), 'EventCopyPage'),
    pageRoute('druck', 'title.print', () => import('../print/print.page'), 'PrintPage'),
    { path: '', loadChildren: () => import('../floor-plan/floor-plan.routes') },
  ]),
  pageRoute('personal', 'title.staff', () => import('./staff-accounts.page'), 'StaffAccountsPage'),
  pageRoute('aufbewahrung', 'title.retention', () => import('./retention.page'), 'RetentionPage'),
  pageRoute('postausgang', 'title.outbox', () => import('./outbox.page'), 'OutboxPage'),
  { path: '', pathMatch: 'full', redirectTo: '/' },
  pageRoute('**', 'title.notFound', () => import('../public/not-found.page'), 'NotFoundPage'),
];
export default adminRoutes;
