import { Routes } from '@angular/router';
import { pageRoute } from '../core/page-route';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';

/** Under `/verwaltung/veranstaltungen/:id` (admin only): the floor plan editor and the stand assignment. */
export const floorPlanRoutes: Routes = [
  pageRoute('hallenplan', 'title.floorPlan', () => import('./floor-plan-editor.page'), 'FloorPlanEditorPage', {
    canDeactivate: [unsavedChangesGuard],
  }),
  pageRoute('zuteilung', 'title.assignment', () => import('./assignment.page'), 'AssignmentPage'),
];
export default floorPlanRoutes;
