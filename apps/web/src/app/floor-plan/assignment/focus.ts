import { ElementRef, Injector, afterNextRender, inject } from '@angular/core';

/**
 * Focus moves within a component once a list has dropped or re-sorted the item acted on, so keyboard and
 * screen-reader users go on where they were, not at `<body>`. Create it in a field initialiser: it takes the
 * component's element and injector.
 */
export function focusWithin() {
  const injector = inject(Injector);
  const root = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const later = (move: () => void) => afterNextRender(move, { injector });
  return {
    /** After the next render, focuses the first element one of `candidates` finds. */
    after(...candidates: string[]): void {
      later(() => {
        for (const selector of candidates) {
          const target = root.querySelector<HTMLElement>(selector);
          if (target) return target.focus();
        }
      });
    },
    /** After the next render, brings focus back to `selector` only if it fell to `<body>` (its element was removed). */
    ifLost(selector: string): void {
      later(() => {
        const active = root.ownerDocument.activeElement;
        if (!active || active === root.ownerDocument.body) root.querySelector<HTMLElement>(selector)?.focus();
      });
    },
  };
}
