import { inject, signal } from '@angular/core';
import { AssignmentStore } from './assignment.store';
import { startApplicationDrag } from './drag';
import { focusWithin } from './focus';

/**
 * What the unplaced list and the placed table share: the stand chosen per project in their selects, placing
 * the project there, dragging it onto the plan, and focus within the list once it has re-rendered. A list
 * creates it in a field initializer (it injects the store and the list's element).
 */
export class StandChooser {
  private readonly store = inject(AssignmentStore);
  private readonly focus = focusWithin();
  /** Application id → stand key. */
  readonly chosen = signal<Record<string, string>>({});

  choose(applicationId: string, standKey: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [applicationId]: standKey }));
  }

  /** The chosen stand as its option reads (for a select's tooltip), or ''. */
  chosenLabel(applicationId: string): string {
    const stand = this.store.stand(this.chosen()[applicationId] ?? '');
    return stand ? this.store.standOption(stand) : '';
  }

  /** Places the project on its chosen stand (exchanging places on a full one); false when nothing is chosen (which is said) or placing failed. */
  async placeChosen(applicationId: string): Promise<boolean> {
    const standKey = this.chosen()[applicationId];
    if (!standKey) {
      this.store.say({ key: 'assign.chooseFirst', error: true });
      return false;
    }
    if (!(await this.store.place(standKey, applicationId))) return false;
    this.chosen.update(({ [applicationId]: _done, ...rest }) => rest);
    return true;
  }

  dragStart(event: DragEvent, applicationId: string): void {
    startApplicationDrag(event, applicationId, this.store.name(applicationId));
  }

  /** After the next render, focuses the first element of the list that one of `selectors` finds. */
  focusLater(...selectors: string[]): void {
    this.focus.after(...selectors);
  }
}
