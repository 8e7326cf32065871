import { Injector, afterNextRender } from '@angular/core';

/**
 * After the next render (when a list has dropped or re-sorted the item acted on), moves focus to the first
 * element `candidates` finds in `root` — so keyboard and screen-reader users go on where they were, not at `<body>`.
 */
export function focusAfterRender(injector: Injector, root: HTMLElement, ...candidates: string[]): void {
  afterNextRender(
    () => {
      for (const selector of candidates) {
        const target = root.querySelector<HTMLElement>(selector);
        if (target) {
          target.focus();
          return;
        }
      }
    },
    { injector },
  );
}

/** After the next render, brings focus back to `selector` only if it fell to `<body>` (its element was removed). */
export function refocusIfLost(injector: Injector, root: HTMLElement, selector: string): void {
  afterNextRender(
    () => {
      const active = root.ownerDocument.activeElement;
      if (!active || active === root.ownerDocument.body) root.querySelector<HTMLElement>(selector)?.focus();
    },
    { injector },
  );
}
