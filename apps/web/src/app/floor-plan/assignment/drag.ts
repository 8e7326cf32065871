import { APPLICATION_DRAG_TYPE } from '../../plan/plan-view/plan-view.model';

/** Starts dragging a project (unplaced or placed) towards a stand on the plan. */
export function startApplicationDrag(event: DragEvent, applicationId: string, name: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(APPLICATION_DRAG_TYPE, applicationId);
  event.dataTransfer.setData('text/plain', name);
  event.dataTransfer.effectAllowed = 'move';
}
