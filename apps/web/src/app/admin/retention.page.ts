import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RetentionRunDto } from '@markt/shared';
import { formSubmit } from '../core/forms/form-submit';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { loadState, loaded } from '../core/loaded';
import { CONFIRM_STEP_IMPORTS } from '../ui/confirm-panel.component';
import { DataTableComponent } from '../ui/data-table.component';
import { confirmStep } from '../ui/confirm-step';
import { LoadStateComponent } from '../ui/load-state.component';
import { retentionTables } from './retention-tables';
import { RetentionService } from './retention.service';

/**
 * `/verwaltung/aufbewahrung`: which events' personal data and which unused accounts go when, and running
 * retention now (after a confirmation step); it also runs daily by itself.
 */
@Component({
  selector: 'app-retention-page',
  imports: [
    MatButtonModule,
    TranslatePipe,
    LocalDatePipe,
    ...CONFIRM_STEP_IMPORTS,
    DataTableComponent,
    LoadStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './retention.page.html',
})
export class RetentionPage {
  private readonly retention = inject(RetentionService);
  /** Closed when cancelled or when the run is over; either way the focus goes back to the run button. */
  protected readonly confirmation = confirmStep({
    heading: 'retention.confirmHeading',
    confirm: 'retention.confirm',
    busy: 'retention.running',
  });

  private readonly previewResource = rxResource({ stream: () => this.retention.preview() });
  protected readonly state = computed(() => loadState(this.previewResource));
  protected readonly preview = computed(() => loaded(this.previewResource) ?? null);
  protected readonly tables = computed(() => {
    const preview = this.preview();
    return preview ? retentionTables(preview) : [];
  });
  protected readonly runner = formSubmit();
  protected readonly result = signal<RetentionRunDto | null>(null);
  protected readonly dueEvents = computed(() => this.preview()?.events.filter((e) => e.due).length ?? 0);
  protected readonly dueAccounts = computed(() => this.preview()?.accounts.filter((a) => a.due).length ?? 0);

  protected run(): void {
    this.runner.run(
      () => this.retention.run(),
      (result) => {
        this.result.set(result);
        this.confirmation.close();
        this.previewResource.reload();
      },
      () => {
        this.confirmation.close();
        return [{ key: 'errors.generic' }];
      },
    );
  }
}
