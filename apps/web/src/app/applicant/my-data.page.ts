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
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { LIMITS } from '@markt/shared';
import { Router } from '@angular/router';
import { AuthService } from '../core/auth/auth.service';
import { FORM_IMPORTS } from '../core/forms/form-imports';
import { ErrorItem, handleFormError } from '../core/forms/server-errors';
import { NotificationService } from '../core/notification.service';
import { CurrentEventService } from '../events/current-event.service';
import { ApplicationsService } from './applications.service';
import { ConfirmPanelComponent } from './confirm-panel.component';
import { CredentialsFormComponent } from './credentials-form.component';

/** `/meine-daten`: download everything stored about the account, or delete the account (DSGVO). */
@Component({
  selector: 'app-my-data-page',
  imports: [...FORM_IMPORTS, ConfirmPanelComponent, CredentialsFormComponent],
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
    <app-credentials-form />
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
          <form [formGroup]="form" (ngSubmit)="deleteAccount()" novalidate class="form">
            <mat-form-field appearance="outline">
              <mat-label>{{ 'myData.password' | t }}</mat-label>
              <input matInput type="password" formControlName="password" autocomplete="current-password" />
              <mat-hint>{{ 'myData.passwordHint' | t }}</mat-hint>
              <mat-error>{{ form.controls.password.errors | fieldError }}</mat-error>
            </mat-form-field>
          </form>
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
  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(LIMITS.password.max)],
    }),
  });

  protected cancel(): void {
    this.confirming.set(false);
    afterNextRender(() => this.deleteButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected deleteAccount(): void {
    if (this.deleting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.errors.set([{ key: 'form.fixErrors' }]);
      return;
    }
    this.deleting.set(true);
    this.errors.set([]);
    this.service.deleteAccount(this.form.getRawValue().password).subscribe({
      next: () => {
        this.auth.user.set(null);
        this.currentEvent.refresh();
        this.notifications.show({ key: 'myData.deleted' }, { keepForNextNavigation: true });
        void this.router.navigateByUrl('/', { replaceUrl: true });
      },
      error: (error) => {
        this.deleting.set(false);
        this.errors.set(handleFormError(this.form, error));
      },
    });
  }
}
