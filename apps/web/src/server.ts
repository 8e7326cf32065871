import { AngularAppEngine } from '@angular/ssr';
import { PageRenderContext } from '@markt/shared';

/**
 * The server-side rendering entry the API loads (dist/apps/web/server/server.mjs; see
 * apps/api/src/app/web-app/page-renderer.ts). The API answers the HTTP request itself and asks for
 * one page by path, with the data that page shows; the host never comes from the visitor's request.
 */
const engine = new AngularAppEngine({ allowedHosts: ['localhost'] });

/** The HTML of `path` (e.g. `/markt/<id>`), or null where the path is not rendered on the server. */
export async function renderPage(
  path: string,
  context: PageRenderContext,
): Promise<{ status: number; html: string } | null> {
  const response = await engine.handle(new Request(new URL(path, 'http://localhost')), context);
  if (!response) return null;
  return { status: response.status, html: await response.text() };
}
