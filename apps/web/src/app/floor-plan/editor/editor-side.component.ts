import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { BackgroundImage, FloorFeature } from '@markt/shared';
import { TranslatePipe } from '../../core/i18n/t.pipe';
import { ElementPropertiesComponent } from '../element-properties.component';
import { EditorStand, ElementRef, PlanState, findElement } from '../plan-state';
import { RoomPropertiesComponent } from '../room-properties.component';

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
  readonly eventId = input.required<string>();
  readonly plan = input.required<PlanState>();
  readonly selected = input<ElementRef | null>(null);

  readonly selectElement = output<ElementRef | null>();
  readonly patch = output<Partial<EditorStand> | Partial<FloorFeature>>();
  readonly roomChange = output<{ width: number; depth: number }>();
  readonly backgroundChange = output<BackgroundImage | null>();

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
    this.selectElement.emit(value ? { type, key } : null);
  }
}
