import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The signs of a stand's or an applicant's needs, on the plan and in lists alike. */
export const STAND_GLYPHS = { power: '⚡', stepFree: '♿', width: '↔' } as const;
export type StandGlyph = keyof typeof STAND_GLYPHS;

/**
 * The sign before a text that says the same in words (`⚡ Strom nötig`): hidden from screen readers, which
 * read the words.
 */
@Component({
  selector: 'app-stand-glyph',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `{{ glyphs[kind()] }} `,
})
export class StandGlyphComponent {
  readonly kind = input.required<StandGlyph>();
  protected readonly glyphs = STAND_GLYPHS;
}
