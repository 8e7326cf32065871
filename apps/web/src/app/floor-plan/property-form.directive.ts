import { Directive, output } from '@angular/core';

/**
 * A property form of the editor applies what was typed when a field is left, on Enter and on a change (a
 * select, a number's arrows) by `(apply)`; the receiver ignores a value that did not change. Enter in a
 * text area stays a new line, and nowhere submits the form.
 */
@Directive({
  selector: 'form[appPropertyForm]',
  host: { '(focusout)': 'apply.emit()', '(change)': 'apply.emit()', '(keydown.enter)': 'enter($event)' },
})
export class PropertyFormDirective {
  readonly apply = output<void>();

  protected enter(event: Event): void {
    if ((event.target as HTMLElement).tagName === 'TEXTAREA') return;
    event.preventDefault();
    this.apply.emit();
  }
}
