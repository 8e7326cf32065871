import { Routes } from '@angular/router';
import { pageRoute } from '../core/page-route';

/** `/markt/:eventId`: the public exhibitor list and floor plan of an event (no login). */
export const marketRoutes: Routes = [
  pageRoute(':eventId', 'title.market', () => import('./market.page'), 'MarketPage'),
];
export default marketRoutes;
