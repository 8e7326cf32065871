import { ElementRef, signal } from '@angular/core';
import { focusAfterRender } from './focus-after-render';

/** What a confirmation step says (translation keys): its heading, the confirm button, and that button while busy. */
export interface ConfirmKeys {
  heading: string;
  confirm: string;
  /** Shown on the confirm button while the action runs; „Wird gespeichert …“ if not given. */
  busy?: string;
}

/**
 * A confirmation step (app-confirm-panel) for a consequential action: what it says and whether it is open. The panel
 * replaces the button that opened it (marked `[appOpensConfirm]`), so `close()` (cancel) gives the focus back to that
 * button once it is rendered again: keyboard users go on where they were. `end()` closes it after the action, leaving
 * the focus to what the action shows. Create it in a field initializer (it injects):
 * `protected readonly confirmation = confirmStep({ heading: 'myData.confirmHeading', confirm: 'myData.confirmDelete' });`
 */
export function confirmStep(keys: ConfirmKeys) {
  const focusLater = focusAfterRender();
  const isOpen = signal(false);
  let opener: ElementRef<HTMLElement> | undefined;
  return {
    keys: { busy: 'application.saving', ...keys },
    isOpen: isOpen.asReadonly(),
    open: () => isOpen.set(true),
    close: () => {
      isOpen.set(false);
      focusLater(() => opener);
    },
    end: () => isOpen.set(false),
    /** The button that opens the step now (each time it is rendered again it is a new element). */
    openedBy: (button: ElementRef<HTMLElement>) => (opener = button),
  };
}

export type ConfirmStep = ReturnType<typeof confirmStep>;
