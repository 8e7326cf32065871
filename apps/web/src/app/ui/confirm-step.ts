import { ElementRef, signal } from '@angular/core';
import { focusAfterRender } from './focus-after-render';

/**
 * Whether a confirmation step (app-confirm-panel) is open. The panel replaces the button that opened it, so
 * `close()` (cancel) gives the focus back to that button once it is rendered again: keyboard users go on where
 * they were. `end()` closes it after the action, leaving the focus to what the action shows.
 * Create it in a field initializer (it injects), after the button's query:
 * `protected readonly confirmation = confirmStep(() => this.deleteButton());`
 */
export function confirmStep(opener: () => ElementRef<HTMLElement> | undefined) {
  const focusLater = focusAfterRender();
  const isOpen = signal(false);
  return {
    isOpen: isOpen.asReadonly(),
    open: () => isOpen.set(true),
    close: () => {
      isOpen.set(false);
      focusLater(opener);
    },
    end: () => isOpen.set(false),
  };
}
