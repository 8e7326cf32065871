import { Type } from '@angular/core';
import { Route } from '@angular/router';

/**
 * A route to a page that loads on its first visit, its title a translation key (see TranslatedTitleStrategy):
 * `pageRoute('anmelden', 'title.login', () => import('./login.page'), 'LoginPage', { canActivate: [guestGuard] })`.
 * The page is named by its export, so the compiler checks that the module has it.
 */
export function pageRoute<K extends string, M extends Record<K, Type<unknown>>>(
  path: string,
  title: string,
  load: () => Promise<M>,
  page: K,
  more: Omit<Route, 'path' | 'title' | 'loadComponent'> = {},
): Route {
  return { path, title, ...more, loadComponent: () => load().then((module) => module[page]) };
}

/**
 * Routes under one path without a page of their own, e.g. an event's pages under `veranstaltungen/:id`. Having no
 * component, the group passes its parameters on: each page's input of that name (here `id`) receives it.
 */
export function routeGroup(path: string, children: Route[]): Route {
  return { path, children };
}
