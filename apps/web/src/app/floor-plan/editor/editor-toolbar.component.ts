import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { FEATURE_KINDS, FeatureKind } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { RenumberOrder } from '../renumber';

export type ToolbarAction =
  | 'addStand'
  | 'duplicate'
  | 'rotate'
  | 'remove'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomFit'
  | 'drawOutline'
  | 'editOutline'
  | 'closeOutline'
  | 'cancelOutline'
  | 'rectangle'
  | 'save';

/** The editor's buttons; it only says what was asked for, the page does it. */
@Component({
  selector: 'app-editor-toolbar',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './editor-toolbar.component.html',
  styleUrl: './editor-toolbar.component.scss',
})
export class EditorToolbarComponent {
  readonly hasSelection = input(false);
  readonly hasStands = input(false);
  readonly canUndo = input(false);
  readonly canRedo = input(false);
  readonly saving = input(false);
  readonly zoomPercent = input(100);
  /** Whether the room has a drawn outline, and whether one is being drawn or edited now. */
  readonly hasOutline = input(false);
  readonly outlineEditing = input(false);
  readonly canCloseOutline = input(false);

  readonly act = output<ToolbarAction>();
  readonly addFeature = output<FeatureKind>();
  readonly renumber = output<RenumberOrder>();

  protected readonly kinds = FEATURE_KINDS;
  protected readonly featureKind = signal<FeatureKind>(FeatureKind.Wall);
  protected readonly renumberOrder = signal<RenumberOrder>('rows');
}
