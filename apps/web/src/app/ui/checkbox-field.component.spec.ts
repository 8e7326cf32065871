import { Component } from '@angular/core';
import { FormControl, FormGroup } from '@angular/forms';
import { applyServerErrors } from '../core/forms/server-errors';
import { CheckboxFieldComponent } from './checkbox-field.component';
import { render } from './render.testing';

@Component({
  imports: [CheckboxFieldComponent],
  template: `
    <app-checkbox-field fieldId="f-terms" label="Ich stimme zu *" [control]="form.controls.terms">
      <a href="/bedingungen">Bedingungen</a>
    </app-checkbox-field>
  `,
})
class HostComponent {
  readonly form = new FormGroup({ terms: new FormControl(false, { nonNullable: true }) });
}

describe('CheckboxFieldComponent', () => {
  it('is a labelled checkbox bound to its control, with the projected note', async () => {
    const { fixture, el } = await render(HostComponent);
    const box = el.querySelector('input[type=checkbox]') as HTMLInputElement;
    expect(el.querySelector('label')?.textContent?.trim()).toBe('Ich stimme zu *');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('/bedingungen');
    box.click();
    expect(fixture.componentInstance.form.controls.terms.value).toBe(true);
  });

  it('shows a server error at the checkbox and links it for screen readers', async () => {
    const { fixture, el } = await render(HostComponent);
    expect(el.querySelector('.field-error')).toBeNull();
    applyServerErrors(fixture.componentInstance.form, [{ field: 'terms', code: 'isTrue', message: '' }]);
    await fixture.whenStable();
    const error = el.querySelector('#f-terms-error');
    expect(error?.textContent?.trim()).toBeTruthy();
    expect(el.querySelector('input[type=checkbox]')?.getAttribute('aria-describedby')).toContain('f-terms-error');
  });
});
