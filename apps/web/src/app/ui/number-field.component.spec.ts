import { FormControl, Validators } from '@angular/forms';
import { NumberFieldComponent } from './number-field.component';
import { render } from './render.testing';

describe('NumberFieldComponent', () => {
  async function setUp(inputs: Record<string, unknown> = {}) {
    const control = new FormControl<number | null>(2.5, [Validators.max(20)]);
    const { fixture, el } = await render(NumberFieldComponent, [], {
      fieldId: 'f-tables',
      label: 'Tische',
      control,
      ...inputs,
    });
    return { fixture, el, control, input: el.querySelector('#f-tables') as HTMLInputElement };
  }

  it('labels a number input with the limits the server checks, its hint and the control’s value', async () => {
    const { el, input } = await setUp({ min: 0, max: 20, hint: 'In Metern' });
    expect([input.type, input.min, input.max, input.value]).toEqual(['number', '0', '20', '2.5']);
    expect(el.querySelector('label[for="f-tables"]')?.textContent).toContain('Tische');
    expect(el.textContent).toContain('In Metern');
  });

  it.each([
    [1, 'numeric'],
    [0.1, 'decimal'],
  ])('with the step %s asks phones for a %s keyboard', async (step, inputMode) => {
    const { input } = await setUp({ step });
    expect([input.step, input.getAttribute('inputmode')]).toEqual([String(step), inputMode]);
  });

  it('writes what is typed into the control and shows its error once touched', async () => {
    const { fixture, el, control, input } = await setUp();
    input.value = '25';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(control.value).toBe(25);
    expect(el.querySelector('mat-error')?.textContent).toContain('20');
  });
});
