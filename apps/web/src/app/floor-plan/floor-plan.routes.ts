import { Routes } from '@angular/router';
import { unsavedChangesGuard } from './editor/unsaved-changes.guard';

/** Under `/verwaltung/veranstaltungen/:id` (admin only): the floor plan editor and the stand assignment. */
export const floorPlanRoutes: Routes = [
  {
    path: 'hallenplan',
    title: 'title.floorPlan',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./floor-plan-editor.page').then((m) => m.FloorPlanEditorPage),
  },
  {
    path: 'zuteilung',
    title: 'title.assignment',
    loadComponent: () => import('./assignment.page').then((m) => m.AssignmentPage),
  },
];
export default floorPlanRoutes;
