import { ElementRef, Injector, afterNextRender, inject } from '@angular/core';

type Focusable = ElementRef<HTMLElement> | HTMLElement | null | undefined;

/**
 * A function that, after the next render, moves the keyboard focus to what `target` gives then — back to the
 * button that opened a panel once the panel has gone, to a field just added. Create it in a field initializer
 * (it injects): `private readonly focusLater = focusAfterRender();` … `this.focusLater(this.openButton);`
 */
export function focusAfterRender(): (target: () => Focusable) => void {
  const injector = inject(Injector);
  return (target) =>
    afterNextRender(
      () => {
        const element = target();
        (element instanceof ElementRef ? element.nativeElement : element)?.focus();
      },
      { injector },
    );
}
