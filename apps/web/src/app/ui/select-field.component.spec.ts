import { Component } from '@angular/core';
import { FormControl, Validators } from '@angular/forms';
import { SelectFieldComponent, keyedOptions } from './select-field.component';
import { render } from './render.testing';

@Component({
  imports: [SelectFieldComponent],
  template: `
    <app-select-field fieldId="f-order" label="Reihenfolge" [control]="order" [options]="orders" />
    <app-select-field fieldId="f-turn" label="Drehung" [control]="turn" [options]="turns" />
    <app-select-field
      fieldId="f-topic"
      label="Thema"
      hint="Aus der Ausschreibung"
      [control]="topic"
      [options]="[
        { value: '', key: 'review.any' },
        { value: 'Umwelt', text: 'Umwelt' },
      ]"
    />
  `,
})
class HostComponent {
  readonly order = new FormControl<'asc' | 'desc'>('desc', { nonNullable: true });
  readonly topic = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  readonly orders = keyedOptions(['asc', 'desc'] as const, 'review.order.');
  readonly turn = new FormControl(0, { nonNullable: true });
  readonly turns = [0, 90].map((n) => ({ value: n, key: 'floorPlan.props.degrees', params: { n } }));
}

describe('SelectFieldComponent', () => {
  it('labels the select, words its options (translated or as given) and binds the choice', async () => {
    const { fixture, el } = await render(HostComponent);
    const order = el.querySelector('#f-order') as HTMLSelectElement;
    expect(el.querySelector('label[for="f-order"]')?.textContent?.trim()).toBe('Reihenfolge');
    expect(Array.from(order.options).map((o) => [o.value, o.text.trim()])).toEqual([
      ['asc', 'Aufsteigend'],
      ['desc', 'Absteigend'],
    ]);
    expect(order.value).toBe('desc');
    order.value = 'asc';
    order.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.order.value).toBe('asc');

    const topic = el.querySelector('#f-topic') as HTMLSelectElement;
    expect(Array.from(topic.options).map((o) => o.text.trim())).toEqual(['Alle', 'Umwelt']);
    expect(el.textContent).toContain('Aus der Ausschreibung');
  });

  it('words options with their parameters and hands numbers to the control as numbers', async () => {
    const { fixture, el } = await render(HostComponent);
    const turn = el.querySelector('#f-turn') as HTMLSelectElement;
    expect(Array.from(turn.options).map((o) => o.text.trim())).toEqual(['0°', '90°']);
    turn.selectedIndex = 1;
    turn.dispatchEvent(new Event('change'));
    expect(fixture.componentInstance.turn.value).toBe(90);
  });
});
