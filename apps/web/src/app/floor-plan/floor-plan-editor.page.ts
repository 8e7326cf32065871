import { ChangeDetectionStrategy, Component, computed, effect, inject, input, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { FormErrorSummaryComponent } from '../core/forms/form-error-summary.component';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PageTitleService } from '../core/page-title.service';
import { loadEvent } from '../events/events-loader';
import { LoadStateComponent } from '../ui/load-state.component';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { EditorSideComponent } from './editor/editor-side.component';
import { EditorToolbarComponent } from './editor/editor-toolbar.component';
import { EditorStore } from './editor/editor.store';
import { HoldsUnsavedChanges } from './editor/unsaved-changes.guard';
import { IssueListComponent } from './issue-list.component';
import { PlanTablesComponent } from './plan-tables.component';

/** `/verwaltung/veranstaltungen/:id/hallenplan`: draw the room (a rectangle or an outline), its fixed features and the stands. */
@Component({
  selector: 'app-floor-plan-editor-page',
  imports: [
    LoadStateComponent,
    RouterLink,
    MatButtonModule,
    TranslatePipe,
    FormErrorSummaryComponent,
    PlanViewComponent,
    EditorToolbarComponent,
    EditorSideComponent,
    IssueListComponent,
    PlanTablesComponent,
  ],
  providers: [EditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './floor-plan-editor.page.html',
  styleUrl: './floor-plan-editor.page.scss',
  host: { '(window:beforeunload)': 'beforeUnload($event)' },
})
export class FloorPlanEditorPage implements HoldsUnsavedChanges {
  /** Event id from the route. */
  readonly id = input.required<string>();
  protected readonly store = inject(EditorStore);
  private readonly planView = viewChild(PlanViewComponent);
  private readonly event = loadEvent(() => this.id());
  protected readonly eventTitle = computed(() => (this.event.hasValue() ? this.event.value().title : ''));

  constructor() {
    effect(() => this.store.eventId.set(this.id()));
    inject(PageTitleService).detail(() => this.eventTitle());
  }

  hasUnsavedChanges(): boolean {
    return this.store.hasUnsavedChanges();
  }

  /** The browser asks before a reload or closing the tab loses unsaved changes. */
  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (!this.hasUnsavedChanges()) return;
    event.preventDefault();
    event.returnValue = '';
  }

  /** Keys on the focused drawing: the editor's first (see `EditorStore.key`), the others may zoom or pan it. */
  protected onKey(event: KeyboardEvent): void {
    if (!this.store.key(event)) this.planView()?.handleKey(event);
  }
}
