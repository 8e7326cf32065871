import { Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { NumberFieldComponent } from './number-field.component';
import { render } from './render.testing';

@Component({
  imports: [ReactiveFormsModule, NumberFieldComponent],
  template: `
    <form [formGroup]="form">
      <app-number-field fieldId="f-tables" label="Tische" [control]="form.controls.tables" [min]="0" [max]="20" />
      <app-number-field
        fieldId="f-width"
        label="Breite"
        hint="In Metern"
        [control]="form.controls.width"
        [step]="0.1"
      />
    </form>
  `,
})
class HostComponent {
  readonly form = new FormGroup({
    tables: new FormControl<number | null>(null, [Validators.max(20)]),
    width: new FormControl<number | null>(2.5),
  });
}

describe('NumberFieldComponent', () => {
  async function setUp() {
    const { fixture, el } = await render(HostComponent);
    return { fixture, el, input: (id: string) => el.querySelector('#' + id) as HTMLInputElement };
  }

  it('labels a number input with its limits and a keyboard to match the step', async () => {
    const { el, input } = await setUp();
    const tables = input('f-tables');
    expect(tables.type).toBe('number');
    expect([tables.min, tables.max, tables.step, tables.getAttribute('inputmode')]).toEqual([
      '0',
      '20',
      '1',
      'numeric',
    ]);
    expect(input('f-width').getAttribute('inputmode')).toBe('decimal');
    expect(el.querySelector(`label[for="f-tables"]`)?.textContent).toContain('Tische');
    expect(el.textContent).toContain('In Metern');
    expect(input('f-width').value).toBe('2.5');
  });

  it('writes what is typed into the control and shows its error once touched', async () => {
    const { fixture, el, input } = await setUp();
    const tables = input('f-tables');
    tables.value = '25';
    tables.dispatchEvent(new Event('input'));
    tables.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(fixture.componentInstance.form.controls.tables.value).toBe(25);
    expect(el.querySelector('mat-error')?.textContent).toContain('20');
  });
});
