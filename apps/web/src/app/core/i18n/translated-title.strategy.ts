import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';

/** Route `title`s are dictionary keys; the document title follows the language. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly key = signal<string | undefined>(undefined);
  /** Text a page puts in front of its route title, e.g. the event's name. */
  private readonly detail = signal<string | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.key();
      const detail = this.detail();
      const parts = [detail, key ? this.i18n.t(key) : null, this.i18n.t('app.name')];
      const title = parts.filter(Boolean).join(' – ');
      // A server-rendered page already has it: setting it again would only cost time while the page starts.
      if (this.title.getTitle() !== title) this.title.setTitle(title);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.detail.set(null);
    this.key.set(this.buildTitle(snapshot));
  }

  /** Lets a page name what it shows (until the next navigation). */
  setDetail(text: string | null): void {
    this.detail.set(text);
  }
}
