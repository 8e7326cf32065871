import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { TranslatePipe } from './core/i18n/t.pipe';
import { NotificationService } from './core/notification.service';
import { CurrentEventService } from './events/current-event.service';
import { FooterComponent } from './layout/footer.component';
import { HeaderComponent } from './layout/header.component';

/** The shell: skip link, header, main content with a status region, footer. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, HeaderComponent, FooterComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="skip-link" href="#main" (click)="skipToMain($event)">{{ 'skip.toMain' | t }}</a>
    <app-header />
    <main id="main" #main tabindex="-1" class="container">
      <div role="status">
        @if (notifications.notice(); as notice) {
          <p class="message message--success">{{ notice.key | t: notice.params }}</p>
        }
      </div>
      <router-outlet />
    </main>
    <app-footer />
  `,
})
export class App {
  protected readonly notifications = inject(NotificationService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    inject(CurrentEventService).refresh();
    // After an in-app navigation, start reading and tabbing at the new page's content.
    let first = true;
    const subscription = inject(Router)
      .events.pipe(filter((event) => event instanceof NavigationEnd))
      .subscribe(() => {
        if (first) {
          first = false;
          return;
        }
        setTimeout(() => {
          const main = this.main().nativeElement;
          if (!main.contains(document.activeElement)) main.focus({ preventScroll: false });
        });
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    const main = this.main().nativeElement;
    main.focus();
    main.scrollIntoView();
  }
}
