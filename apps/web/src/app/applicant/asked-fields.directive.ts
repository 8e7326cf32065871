import { Directive, ElementRef, Renderer2, afterEveryRender, inject, input } from '@angular/core';

const MARK = 'field--asked';
/** The box around a field: its form field, checkbox, or the fieldset of a group (topics, radio buttons). */
const BOX = 'mat-form-field, mat-checkbox, fieldset';

/**
 * Marks the fields staff asked the applicant to change (by their `f-<name>` ids), on whatever step of the
 * form is showing. The notice above the form names them in words; this is the visual cue beside each one.
 */
@Directive({ selector: '[appAskedFields]' })
export class AskedFieldsDirective {
  readonly appAskedFields = input<readonly string[]>([]);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly renderer = inject(Renderer2);

  constructor() {
    // Each step renders its own fields, so the marks follow every render.
    afterEveryRender(() => this.mark());
  }

  private mark(): void {
    const root = this.host.nativeElement;
    const boxes = new Set(
      this.appAskedFields()
        .map((field) => root.querySelector(`#f-${CSS.escape(field)}`)?.closest(BOX))
        .filter((box): box is Element => !!box),
    );
    root.querySelectorAll(`.${MARK}`).forEach((box) => {
      if (!boxes.has(box)) this.renderer.removeClass(box, MARK);
    });
    boxes.forEach((box) => this.renderer.addClass(box, MARK));
  }
}
