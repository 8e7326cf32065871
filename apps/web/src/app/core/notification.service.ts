import { Injectable, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { TranslationParams } from './i18n/i18n.service';

export interface Notice {
  key: string;
  params?: TranslationParams;
}

/** A success message shown in the page's status region; it survives one navigation (e.g. after create). */
@Injectable({ providedIn: 'root' })
export class NotificationService {
  readonly notice = signal<Notice | null>(null);
  private keepForNavigation = false;

  constructor() {
    inject(Router).events.subscribe((event) => {
      if (!(event instanceof NavigationEnd)) return;
      if (this.keepForNavigation) this.keepForNavigation = false;
      else this.notice.set(null);
    });
  }

  show(notice: Notice, options: { keepForNextNavigation?: boolean } = {}): void {
    this.keepForNavigation = options.keepForNextNavigation ?? false;
    this.notice.set(notice);
  }

  clear(): void {
    this.notice.set(null);
  }
}
