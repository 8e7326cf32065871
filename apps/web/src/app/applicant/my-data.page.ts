import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroup } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { NotificationService } from '../core/notification.service';
import { CurrentEventService } from '../events/current-event.service';
import { ApplicationsService } from './applications.service';
import { ConfirmPanelComponent } from './confirm-panel.component';

/** `/meine-daten`: download everything stored about the account, or delete the account (DSGVO). */
@Component({
  selector: 'app-my-data-page',
  imports: [MatButtonModule, TranslatePipe, ConfirmPanelComponent, FormErrorSummaryComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'myData.heading' | t }}</h1>
    <p class="lead">{{ 'myData.intro' | t }}</p>
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{{ 'myData.exportHeading' | t }}</h2>
      <p>{{ 'myData.exportText' | t }}</p>
      <p>
        <a class="button-link" href="/api/me/export" download="meine-daten.json">{{ 'myData.export' | t }}</a>
      </p>
    </section>
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{{ 'myData.deleteHeading' | t }}</h2>
      <p>{{ 'myData.deleteText' | t }}</p>
      <app-form-error-summary [items]="errors()" />
      @if (confirming()) {
        <app-confirm-panel
          headingId="confirm-delete-heading"
          headingKey="myData.confirmHeading"
          confirmKey="myData.confirmDelete"
          busyKey="myData.deleting"
          [busy]="deleting()"
          (confirmed)="deleteAccount()"
          (cancelled)="cancel()"
        >
          <ul>
            <li>{{ 'myData.confirmDrafts' | t }}</li>
            <li>{{ 'myData.confirmSubmitted' | t }}</li>
            <li>{{ 'myData.deleteText' | t }} {{ 'myData.confirmFinal' | t }}</li>
          </ul>
        </app-confirm-panel>
      } @else {
        <button #deleteButton mat-stroked-button type="button" (click)="confirming.set(true)">
          {{ 'myData.delete' | t }}
        </button>
      }
    </section>
  `,
})
export class MyDataPage {
  private readonly service = inject(ApplicationsService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notifications = inject(NotificationService);
  private readonly currentEvent = inject(CurrentEventService);
  private readonly injector = inject(Injector);
  private readonly deleteButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('deleteButton', {
    read: ElementRef,
  });
  protected readonly confirming = signal(false);
  protected readonly deleting = signal(false);
  protected readonly errors = signal<ErrorItem[]>([]);

  protected cancel(): void {
    this.confirming.set(false);
    afterNextRender(() => this.deleteButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected deleteAccount(): void {
    if (this.deleting()) return;
    this.deleting.set(true);
    this.errors.set([]);
    this.service.deleteAccount().subscribe({
      next: () => {
        this.auth.user.set(null);
        this.currentEvent.refresh();
        this.notifications.show({ key: 'myData.deleted' }, { keepForNextNavigation: true });
        void this.router.navigateByUrl('/', { replaceUrl: true });
      },
      error: (error) => {
        this.deleting.set(false);
        this.errors.set(handleFormError(new FormGroup({}), error));
      },
    });
  }
}
