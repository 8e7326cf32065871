import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EventDto, FloorPlanDto, PaperSize } from '@markt/shared';
import { LocalDatePipe } from '../core/i18n/date.pipe';
import { TranslatePipe } from '../core/i18n/t.pipe';
import { PlanViewComponent } from '../plan/plan-view/plan-view.component';
import { LegendEntry } from './legend';

/** What the printed plan shows: the event, its plan and legend on paper of a size, the public page with its QR code. */
export interface PrintSheet {
  event: EventDto;
  plan: FloorPlanDto | null;
  legend: LegendEntry[];
  size: PaperSize;
  publicUrl: string;
  /** Data URL of the QR code image; null while it is being made. */
  qrCode: string | null;
}

/**
 * The printed floor plan: event, date, time and room, the QR code to the public page, the plan with
 * stand numbers and the legend in columns. On paper it fills one landscape page (set by the page's
 * `@page` rules); a very long legend continues on a second page instead of shrinking.
 */
@Component({
  selector: 'app-print-sheet',
  imports: [TranslatePipe, LocalDatePipe, PlanViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './print-sheet.component.scss',
  templateUrl: './print-sheet.component.html',
})
export class PrintSheetComponent {
  readonly sheet = input.required<PrintSheet>();
}
