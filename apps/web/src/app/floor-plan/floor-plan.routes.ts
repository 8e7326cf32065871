import { Routes } from '@angular/router';

/** Under `/verwaltung/veranstaltungen/:id` (admin only): the floor plan editor and the stand assignment. */
export const floorPlanRoutes: Routes = [
  {
    path: 'hallenplan',
    title: 'title.floorPlan',
    loadComponent: () => import('./floor-plan-editor.page').then((m) => m.FloorPlanEditorPage),
  },
  {
    path: 'zuteilung',
    title: 'title.assignment',
    loadComponent: () => import('./assignment.page').then((m) => m.AssignmentPage),
  },
];
export default floorPlanRoutes;
