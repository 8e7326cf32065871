import { FormControl, Validators } from '@angular/forms';
import { TextFieldComponent } from './text-field.component';
import { render } from './render.testing';

describe('TextFieldComponent', () => {
  async function setUp(inputs: Record<string, unknown>, value = '') {
    const control = new FormControl(value, { nonNullable: true, validators: [Validators.required] });
    const { fixture, el } = await render(TextFieldComponent, [], { fieldId: 'f-x', label: 'Feld', control, ...inputs });
    return { fixture, el, control, field: el.querySelector('#f-x') as HTMLInputElement };
  }

  it.each([
    [{ type: 'email', autocomplete: 'email' }, 'a@example.org', ['INPUT', 'email', 'email', null, -1]],
    [{ rows: 4, maxlength: 500 }, 'Erste Zeile', ['TEXTAREA', 'textarea', null, '4', 500]],
    [{ type: 'date' }, '2029-11-15', ['INPUT', 'date', null, null, -1]],
  ])('shows %o as the right input with the control’s value', async (inputs, value, expected) => {
    const { field } = await setUp(inputs, value);
    const seen = [field.tagName, field.type, field.getAttribute('autocomplete'), field.getAttribute('rows')];
    expect([...seen, field.maxLength]).toEqual(expected);
    expect(field.value).toBe(value);
  });

  it('labels the input, shows its hint and writes what is typed into the control', async () => {
    const { el, control, field } = await setUp({ hint: 'Für Rückfragen' });
    expect(el.querySelector('label[for="f-x"]')?.textContent).toContain('Feld');
    expect(el.textContent).toContain('Für Rückfragen');
    field.value = 'Neu';
    field.dispatchEvent(new Event('input'));
    expect(control.value).toBe('Neu');
  });

  it('shows the control’s error once the field was left empty', async () => {
    const { fixture, el, field } = await setUp({});
    expect(el.querySelector('mat-error')).toBeNull();
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent?.trim()).not.toBe('');
  });
});
