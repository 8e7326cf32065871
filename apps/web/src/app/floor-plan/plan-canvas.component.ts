/**
 * The plan is drawn by the one PlanViewComponent (selector `app-plan-view`, also `app-plan-canvas`); these
 * names stay until the assignment page, being rebuilt meanwhile, imports it from there.
 */
export { PlanViewComponent as PlanCanvasComponent } from '../plan/plan-view/plan-view.component';
export { APPLICATION_DRAG_TYPE, type DragMove } from '../plan/plan-view/plan-view.model';
