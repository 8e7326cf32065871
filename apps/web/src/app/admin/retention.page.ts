import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RetentionPreviewDto, RetentionRunDto } from '@markt/shared';
import { ConfirmPanelComponent } from '../applicant/confirm-panel.component';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { LoadState } from '../events/events-loader';
import { RetentionService } from './retention.service';

/**
 * `/verwaltung/aufbewahrung`: which events' personal data and which unused accounts go when, and running
 * retention now (after a confirmation step); it also runs daily by itself.
 */
@Component({
  selector: 'app-retention-page',
  imports: [MatButtonModule, TranslatePipe, LocalDatePipe, ConfirmPanelComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './retention.page.html',
  styles: `
    .table-scroll {
      overflow-x: auto;
      margin-block-end: 1rem;
    }
  `,
})
export class RetentionPage implements OnInit {
  private readonly retention = inject(RetentionService);
  private readonly injector = inject(Injector);
  private readonly runButton = viewChild<unknown, ElementRef<HTMLButtonElement>>('runButton', { read: ElementRef });

  protected readonly state = signal<LoadState>('loading');
  protected readonly preview = signal<RetentionPreviewDto | null>(null);
  protected readonly confirming = signal(false);
  protected readonly running = signal(false);
  protected readonly result = signal<RetentionRunDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly dueEvents = computed(() => this.preview()?.events.filter((e) => e.due).length ?? 0);
  protected readonly dueAccounts = computed(() => this.preview()?.accounts.filter((a) => a.due).length ?? 0);

  ngOnInit(): void {
    this.load();
  }

  protected run(): void {
    this.running.set(true);
    this.failed.set(false);
    this.retention.run().subscribe({
      next: (result) => {
        this.result.set(result);
        this.finish();
        this.load();
      },
      error: () => {
        this.failed.set(true);
        this.finish();
      },
    });
  }

  protected cancel(): void {
    this.confirming.set(false);
    this.focusRunButton();
  }

  private finish(): void {
    this.running.set(false);
    this.confirming.set(false);
    this.focusRunButton();
  }

  private focusRunButton(): void {
    afterNextRender(() => this.runButton()?.nativeElement.focus(), { injector: this.injector });
  }

  private load(): void {
    this.retention.preview().subscribe({
      next: (preview) => {
        this.preview.set(preview);
        this.state.set('ready');
      },
      error: () => this.state.set('error'),
    });
  }
}
