import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { pageRoute, routeGroup } from './page-route';

@Component({ template: '' })
class SomePage {}

@Component({ template: '{{ id() }}' })
class IdPage {
  readonly id = input<string>();
}

describe('pageRoute', () => {
  it('loads the named page lazily, with its title key and the extra route settings', async () => {
    const guard = () => true;
    const route = pageRoute('seite', 'title.home', async () => ({ SomePage }), 'SomePage', { canActivate: [guard] });
    expect(route).toMatchObject({ path: 'seite', title: 'title.home', canActivate: [guard] });
    expect(await route.loadComponent?.()).toBe(SomePage);
  });
});

describe('routeGroup', () => {
  it.each(['/veranstaltungen/7', '/veranstaltungen/7/druck'])(
    "gives the group's parameter to the page at %s",
    async (url) => {
      TestBed.configureTestingModule({
        providers: [
          provideRouter(
            [
              routeGroup('veranstaltungen/:id', [
                { path: '', pathMatch: 'full', component: IdPage },
                { path: 'druck', component: IdPage },
              ]),
            ],
            withComponentInputBinding(),
          ),
        ],
      });
      const harness = await RouterTestingHarness.create();
      await harness.navigateByUrl(url, IdPage);
      expect(harness.routeNativeElement?.textContent).toBe('7');
    },
  );
});
