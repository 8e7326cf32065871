import { Directive, output } from '@angular/core';

/**
 * A link the page follows itself on a plain left click or Enter (e.g. saving a step before it goes on); a click
 * with Ctrl, Cmd or Shift or the middle button still opens the link's address in a new tab or window.
 * `<a [href]="base + n" (appPlainClick)="goTo(n)">`
 */
@Directive({
  selector: 'a[appPlainClick]',
  host: { '(click)': 'onClick($event)' },
})
export class PlainClickDirective {
  readonly appPlainClick = output<void>();

  protected onClick(event: MouseEvent): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    this.appPlainClick.emit();
  }
}
