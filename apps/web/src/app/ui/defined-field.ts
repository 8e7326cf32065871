import { Directive, computed, inject, input } from '@angular/core';
import { FormControl } from '@angular/forms';
import { I18nService } from '../core/i18n/i18n.service';

/** What every field definition names: the input's id, and translation keys for its label and hint. */
export interface FieldDef {
  id: string;
  /** Translation key of the label. */
  label: string;
  /** Marks the label as required (`*`), where the form's hint explains the mark. */
  required?: boolean;
  /** Translation key of the hint, with its parameters. */
  hint?: string;
  hintParams?: Record<string, string | number>;
}

/** A field drawn from its definition (`app-defined-text-field`, `app-defined-number-field`): label and hint translated. */
@Directive({
  // No box of its own: in a row or grid of fields the field itself is the item.
  host: { style: 'display: contents' },
})
export abstract class DefinedField<Def extends FieldDef, Value> {
  private readonly i18n = inject(I18nService);
  readonly field = input.required<Def>();
  readonly control = input.required<FormControl<Value>>();
  protected readonly label = computed(() => {
    const { label, required } = this.field();
    return this.i18n.t(label) + (required ? ' *' : '');
  });
  protected readonly hint = computed(() => {
    const { hint, hintParams } = this.field();
    return hint ? this.i18n.t(hint, hintParams) : null;
  });
}
