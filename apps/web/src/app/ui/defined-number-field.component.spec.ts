import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { I18nService } from '../core/i18n/i18n.service';
import { DefinedNumberFieldComponent } from './defined-number-field.component';
import { renderWith } from './render-with.testing';

describe('DefinedNumberFieldComponent', () => {
  it('labels a number input from its definition, marked as required, with the limits in its hint and on the input', async () => {
    const control = new FormControl<number | null>(null);
    const { fixture, el } = await renderWith(DefinedNumberFieldComponent, {
      inputs: {
        field: {
          id: 'f-standWidth',
          label: 'field.standWidth',
          required: true,
          hint: 'field.standWidthHint',
          hintParams: { min: 1, max: 6 },
          min: 1,
          max: 6,
          step: 0.1,
        },
        control,
      },
    });
    const input = el.querySelector<HTMLInputElement>('input#f-standWidth') as HTMLInputElement;
    expect([input.min, input.max, input.step, input.getAttribute('inputmode')]).toEqual(['1', '6', '0.1', 'decimal']);
    expect(el.querySelector('label[for="f-standWidth"]')?.textContent?.trim()).toBe('Standbreite in Metern *');
    expect(el.querySelector('mat-hint')?.textContent).toContain('Zwischen 1 und 6 m');
    input.value = '2.5';
    input.dispatchEvent(new Event('input'));
    expect(control.value).toBe(2.5);

    TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect(el.querySelector('label[for="f-standWidth"]')?.textContent?.trim()).toBe('Stand width in metres *');
  });

  it('counts in whole numbers unless its step says otherwise', async () => {
    const { el } = await renderWith(DefinedNumberFieldComponent, {
      inputs: { field: { id: 'event-minReviews', label: 'eventForm.minReviews' }, control: new FormControl(2) },
    });
    const input = el.querySelector<HTMLInputElement>('input#event-minReviews') as HTMLInputElement;
    expect([input.step, input.getAttribute('inputmode'), input.value]).toEqual(['1', 'numeric', '2']);
    expect(el.querySelector('mat-hint')).toBeNull();
  });
});
