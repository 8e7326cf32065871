import { Component } from '@angular/core';
import { pageRoute } from './page-route';

@Component({ template: '' })
class SomePage {}

describe('pageRoute', () => {
  it('loads the named page lazily, with its title key and the extra route settings', async () => {
    const guard = () => true;
    const route = pageRoute('seite', 'title.home', async () => ({ SomePage }), 'SomePage', { canActivate: [guard] });
    expect(route).toMatchObject({ path: 'seite', title: 'title.home', canActivate: [guard] });
    expect(await route.loadComponent?.()).toBe(SomePage);
  });
});
