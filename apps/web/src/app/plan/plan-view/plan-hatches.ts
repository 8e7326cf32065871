/** A hatching the styles fill with by id: of a stand with an issue, of the marked stand, of the stage. */
export interface Hatch {
  id: string;
  /** Distance of the lines in metres, their angle and width, and colours. */
  size: number;
  angle: number;
  line: number;
  colour: string;
  background?: string;
}

export const HATCHES: readonly Hatch[] = [
  { id: 'plan-issue-hatch', size: 0.3, angle: 45, line: 0.06, colour: '#b00020' },
  { id: 'plan-highlight-hatch', size: 0.3, angle: 45, line: 0.08, colour: '#8c3a00' },
  { id: 'plan-stage-hatch', size: 0.4, angle: -45, line: 0.05, colour: '#8a8d96', background: '#ececf1' },
];
