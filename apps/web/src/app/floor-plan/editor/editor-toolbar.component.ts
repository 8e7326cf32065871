import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { FEATURE_KINDS, FeatureKind } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { RenumberOrder } from '../renumber';
import { EditorStore, ToolbarAction } from './editor.store';

/** A button that asks the editor for one action; the primary one of its group is filled. */
interface ToolbarButton {
  action: ToolbarAction;
  /** Translation key of its name. */
  label: string;
  primary?: boolean;
  /** Shown instead of the name, which is then its accessible name. */
  text?: string;
}

const SELECTION: ToolbarButton[] = [
  { action: 'duplicate', label: 'floorPlan.duplicate' },
  { action: 'rotate', label: 'floorPlan.rotate' },
  { action: 'remove', label: 'floorPlan.delete' },
];
const HISTORY: ToolbarButton[] = [
  { action: 'undo', label: 'floorPlan.undo' },
  { action: 'redo', label: 'floorPlan.redo' },
];
const OUTLINE_EDITING: ToolbarButton[] = [
  { action: 'closeOutline', label: 'floorPlan.outline.close', primary: true },
  { action: 'cancelOutline', label: 'floorPlan.outline.cancel' },
];
const DRAW_OUTLINE: ToolbarButton = { action: 'drawOutline', label: 'floorPlan.outline.draw' };
const OUTLINE_DRAWN: ToolbarButton[] = [
  DRAW_OUTLINE,
  { action: 'editOutline', label: 'floorPlan.outline.edit' },
  { action: 'rectangle', label: 'floorPlan.outline.rectangle' },
];

/** Zoom in and out, and back to the whole room (which shows the zoom in percent). */
const ZOOM: ToolbarButton[] = [
  { action: 'zoomIn', label: 'floorPlan.zoomIn', text: '+' },
  { action: 'zoomOut', label: 'floorPlan.zoomOut', text: '−' },
  { action: 'zoomFit', label: 'floorPlan.zoomReset' },
];

/** The editor's buttons; what they ask for, and when they can be used, is the editor's (see `EditorStore`). */
@Component({
  selector: 'app-editor-toolbar',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './editor-toolbar.component.html',
  styleUrl: './editor-toolbar.component.scss',
})
export class EditorToolbarComponent {
  protected readonly store = inject(EditorStore);
  protected readonly kinds = FEATURE_KINDS;
  protected readonly featureKind = signal<FeatureKind>(FeatureKind.Wall);
  protected readonly renumberOrder = signal<RenumberOrder>('rows');
  protected readonly zoomButtons = ZOOM;
  protected readonly zoomPercent = computed(() => Math.round(this.store.zoom() * 100));
  protected readonly hasStands = computed(() => this.store.plan().stands.length > 0);
  /** The groups between adding and zooming: the selection's, the outline's (by what is drawn now), the history's. */
  protected readonly groups = computed(() => {
    const outline = this.store.outline.draft()
      ? OUTLINE_EDITING
      : this.store.plan().outline
        ? OUTLINE_DRAWN
        : [DRAW_OUTLINE];
    return [SELECTION, outline, HISTORY];
  });
}
