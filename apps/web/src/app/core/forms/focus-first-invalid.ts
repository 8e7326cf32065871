import { Injector, afterNextRender } from '@angular/core';

/** After the next render, moves keyboard focus to the first invalid field of a form element. */
export function focusFirstInvalid(formElement: HTMLElement | null | undefined, injector: Injector): void {
  afterNextRender(
    () => {
      const target = formElement?.querySelector<HTMLElement>(
        'input.ng-invalid, textarea.ng-invalid, select.ng-invalid',
      );
      target?.focus();
    },
    { injector },
  );
}
