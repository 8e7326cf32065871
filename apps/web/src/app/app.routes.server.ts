import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Only the public market page is rendered on the server (visitors open it from a QR code on their
 * phones and should see the exhibitors with the first response). Every other page is served as the
 * client-rendered shell, as before.
 */
export const serverRoutes: ServerRoute[] = [
  { path: 'markt/:eventId', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Client },
];
