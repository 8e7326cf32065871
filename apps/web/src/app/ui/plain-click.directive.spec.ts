import { Component } from '@angular/core';
import { PlainClickDirective } from './plain-click.directive';
import { render } from './render.testing';

@Component({
  imports: [PlainClickDirective],
  template: `<a href="#schritt-2" (appPlainClick)="opened = opened + 1">Schritt 2</a>`,
})
class HostComponent {
  opened = 0;
}

describe('PlainClickDirective', () => {
  it.each([
    ['a plain click', {}, 1, true],
    ['a click with Ctrl', { ctrlKey: true }, 0, false],
    ['a click with Cmd', { metaKey: true }, 0, false],
    ['a click with Shift', { shiftKey: true }, 0, false],
    ['a middle click', { button: 1 }, 0, false],
  ])('takes %s over from the browser only when plain', async (_, init, opened, prevented) => {
    const { fixture, el } = await render(HostComponent);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
    el.querySelector('a')?.dispatchEvent(click);
    expect([fixture.componentInstance.opened, click.defaultPrevented]).toEqual([opened, prevented]);
  });
});
