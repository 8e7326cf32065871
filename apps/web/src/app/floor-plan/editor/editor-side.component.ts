import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FloorFeature } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ElementPropertiesComponent } from '../element-properties.component';
import { EditorStand, ElementRef, findElement } from '../plan-state';
import { RoomPropertiesComponent } from '../room-properties.component';
import { EditorStore } from './editor.store';

/** The editor's side panel: every element in a list (the keyboard's way to choose one) and the form of the chosen one, or of the room. */
@Component({
  selector: 'app-editor-side',
  imports: [TranslatePipe, ElementPropertiesComponent, RoomPropertiesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './editor-side.component.html',
  styles: `
    .elements select {
      width: 100%;
      font: inherit;
    }
    h2 {
      font-size: 1.1rem;
    }
  `,
})
export class EditorSideComponent {
  protected readonly store = inject(EditorStore);
  /** The plan as it is between drags: the forms do not follow every step of one. */
  protected readonly plan = this.store.history.settled;
  private readonly selected = this.store.selected;

  protected readonly selectedStand = computed(() => {
    const ref = this.selected();
    return ref?.type === 'stand' ? ((findElement(this.plan(), ref) as EditorStand | null) ?? null) : null;
  });
  protected readonly selectedFeature = computed(() => {
    const ref = this.selected();
    return ref?.type === 'feature' ? ((findElement(this.plan(), ref) as FloorFeature | null) ?? null) : null;
  });
  protected readonly selectedValue = computed(() => {
    const ref = this.selected();
    return ref ? `${ref.type}:${ref.key}` : '';
  });
  protected readonly heading = computed(() =>
    this.selectedStand()
      ? 'floorPlan.props.standHeading'
      : this.selectedFeature()
        ? 'floorPlan.props.featureHeading'
        : 'floorPlan.room.heading',
  );

  protected selectByValue(value: string): void {
    const [type, key] = value.split(':') as [ElementRef['type'], string];
    this.selected.set(value ? { type, key } : null);
  }
}
