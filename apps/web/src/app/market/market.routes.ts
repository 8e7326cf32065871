import { Routes } from '@angular/router';

/** `/markt/:eventId`: the public exhibitor list and floor plan of an event (no login). */
export const marketRoutes: Routes = [
  { path: ':eventId', title: 'title.market', loadComponent: () => import('./market.page').then((m) => m.MarketPage) },
];
export default marketRoutes;
