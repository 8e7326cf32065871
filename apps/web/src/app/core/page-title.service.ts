/*
 * Usage — name what a page shows in the document title ("Sommermarkt 2027 – Bewerbung – Markt der Möglichkeiten"):
 *   private readonly pageTitle = inject(PageTitleService);
 *   constructor() { this.pageTitle.detail(() => this.event.value()?.title); }
 * `detail()` must run in the page's injection context (constructor or field initialiser); it follows the
 * signals it reads and stops with the page. The next navigation clears the detail.
 */
import { Injectable, assertInInjectionContext, effect, inject } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { TranslatedTitleStrategy } from './i18n/translated-title.strategy';

/** The one way a page puts what it shows (an event's or an organisation's name) in front of its route title. */
@Injectable({ providedIn: 'root' })
export class PageTitleService {
  // Other strategies (e.g. Angular's default in a test) have no detail; then pages simply keep the route title.
  private readonly strategy = inject(TitleStrategy, { optional: true });

  /** Sets the detail once, until the next navigation. */
  set(text: string | null | undefined): void {
    if (this.strategy instanceof TranslatedTitleStrategy) this.strategy.setDetail(text || null);
  }

  /** Keeps the detail in step with `text` (re-read when its signals change) for as long as the calling page lives. */
  detail(text: () => string | null | undefined): void {
    assertInInjectionContext(this.detail);
    // Created in the caller's injection context, the effect ends when the page is destroyed.
    effect(() => this.set(text()));
  }
}
