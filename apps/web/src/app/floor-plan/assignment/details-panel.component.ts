import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AssignmentConflict } from '@markt/shared';
import { TranslationParams } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { AssignmentStore } from './assignment.store';

/** Beside the plan: the stand last clicked on it (what it offers, who stands there) and the conflicts. */
@Component({
  selector: 'app-assignment-details',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './details-panel.component.html',
  styles: `
    :host {
      display: block;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    h2 {
      margin-top: 0;
    }
    .conflicts li {
      margin-block: 0.25rem;
    }
  `,
})
export class DetailsPanelComponent {
  protected readonly store = inject(AssignmentStore);
  /** Key of the stand chosen on the plan, if any. */
  readonly standKey = input<string | null>(null);
  protected readonly stand = computed(() => {
    const key = this.standKey();
    return key ? (this.store.stand(key) ?? null) : null;
  });

  protected conflictParams(conflict: AssignmentConflict): TranslationParams {
    return { number: this.store.standNumber(conflict.standId), name: this.store.name(conflict.applicationId) };
  }
}
