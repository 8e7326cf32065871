import { Component } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TextFieldComponent } from './text-field.component';
import { render } from './render.testing';

@Component({
  imports: [ReactiveFormsModule, TextFieldComponent],
  template: `
    <form [formGroup]="form">
      <app-text-field
        fieldId="f-email"
        label="E-Mail"
        type="email"
        autocomplete="email"
        hint="Für Rückfragen"
        [control]="form.controls.email"
      />
      <app-text-field
        fieldId="f-text"
        label="Beschreibung"
        [rows]="4"
        [maxlength]="500"
        [control]="form.controls.text"
      />
      <app-text-field fieldId="f-date" label="Datum" type="date" [control]="form.controls.date" />
    </form>
  `,
})
class HostComponent {
  readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    text: new FormControl('Erste Zeile', { nonNullable: true }),
    date: new FormControl('2029-11-15', { nonNullable: true }),
  });
}

describe('TextFieldComponent', () => {
  it('labels an input, or a text area with rows, bound to the form control', async () => {
    const { fixture, el } = await render(HostComponent);
    const email = el.querySelector('#f-email') as HTMLInputElement;
    const text = el.querySelector('#f-text') as HTMLTextAreaElement;
    expect([email.tagName, email.type, email.getAttribute('autocomplete')]).toEqual(['INPUT', 'email', 'email']);
    expect(el.querySelector('label[for="f-email"]')?.textContent).toContain('E-Mail');
    expect(el.textContent).toContain('Für Rückfragen');
    expect([text.tagName, text.rows, text.maxLength, text.value]).toEqual(['TEXTAREA', 4, 500, 'Erste Zeile']);
    const date = el.querySelector('#f-date') as HTMLInputElement;
    expect([date.type, date.value, email.maxLength]).toEqual(['date', '2029-11-15', -1]);

    email.value = 'a@example.org';
    email.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.email.value).toBe('a@example.org');
  });

  it('shows the control’s error once the field was left empty', async () => {
    const { fixture, el } = await render(HostComponent);
    el.querySelector('#f-email')?.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent?.trim()).not.toBe('');
  });
});
