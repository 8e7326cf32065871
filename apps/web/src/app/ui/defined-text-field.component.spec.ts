import { FormControl } from '@angular/forms';
import { DefinedTextFieldComponent } from './defined-text-field.component';
import { renderWith } from './render-with.testing';

describe('DefinedTextFieldComponent', () => {
  it('labels a text area from its definition, translated and marked as required, with its hint and limit', async () => {
    const { el } = await renderWith(DefinedTextFieldComponent, {
      inputs: {
        field: {
          id: 'changes-message',
          label: 'changes.message',
          required: true,
          hint: 'changes.messageHint',
          rows: 4,
          maxlength: 50,
        },
        control: new FormControl('', { nonNullable: true }),
      },
    });
    const area = el.querySelector<HTMLTextAreaElement>('textarea#changes-message');
    expect([area?.rows, area?.getAttribute('maxlength')]).toEqual([4, '50']);
    expect(el.querySelector('label[for="changes-message"]')?.textContent?.trim()).toBe(
      'Nachricht an die Antragstellenden *',
    );
    expect(el.querySelector('mat-hint')?.textContent?.trim()).toBe(
      'Was soll geändert werden und warum? Erscheint in der E-Mail und auf der Statusseite.',
    );
  });

  it('is a one-line input of the given type without rows', async () => {
    const { el } = await renderWith(DefinedTextFieldComponent, {
      inputs: {
        field: { id: 'event-date', label: 'eventForm.date', type: 'date' },
        control: new FormControl('', { nonNullable: true }),
      },
    });
    expect(el.querySelector<HTMLInputElement>('input#event-date')?.type).toBe('date');
    expect(el.querySelector('label[for="event-date"]')?.textContent?.trim()).toBe('Datum');
  });
});
