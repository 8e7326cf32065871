import { FeatureKind, FloorFeature, Stand } from '@markt/shared';

/**
 * A plausible market in the Plenarsaal: a 32 × 20 m hall with the stage in the north, the entrance
 * in the south, emergency exits east and west, and 24 stands in four rows. Stands along the walls
 * reach the sockets.
 */
export const DEMO_ROOM = { width: 32, depth: 20 };

export const DEMO_FEATURES: FloorFeature[] = [
  {
    id: 'stage',
    kind: FeatureKind.Stage,
    x: 10,
    y: 0.5,
    width: 12,
    depth: 4,
    rotation: 0,
    label: 'Bühne',
  },
  {
    id: 'entrance',
    kind: FeatureKind.Entrance,
    x: 14,
    y: 19.8,
    width: 4,
    depth: 0.2,
    rotation: 0,
    label: 'Eingang',
  },
  {
    id: 'exit-west',
    kind: FeatureKind.EmergencyExit,
    x: 0,
    y: 9,
    width: 0.2,
    depth: 1.5,
    rotation: 0,
    label: 'Notausgang West',
  },
  {
    id: 'exit-east',
    kind: FeatureKind.EmergencyExit,
    x: 31.8,
    y: 9,
    width: 0.2,
    depth: 1.5,
    rotation: 0,
    label: 'Notausgang Ost',
  },
  ...[2, 8, 24, 30].map(
    (x, i): FloorFeature => ({
      id: `socket-${i + 1}`,
      kind: FeatureKind.PowerSocket,
      x,
      y: 19.6,
      width: 0.3,
      depth: 0.3,
      rotation: 0,
      label: 'Steckdose',
    }),
  ),
  ...[4, 16].map(
    (y, i): FloorFeature => ({
      id: `socket-w${i + 1}`,
      kind: FeatureKind.PowerSocket,
      x: 0.1,
      y,
      width: 0.3,
      depth: 0.3,
      rotation: 0,
      label: 'Steckdose',
    }),
  ),
];

/** Rows at y = 6, 9.5 (back to back with 11), 15.5; six stands of 2 × 1 m per row, gaps for the aisles. */
export const DEMO_STANDS: Stand[] = [6, 9.5, 11, 16.5].flatMap((y, row) =>
  [2.5, 5, 7.5, 21.5, 25, 27.5].map((x, col): Stand => {
    const number = String(row * 6 + col + 1);
    const nearWall = col === 0 || col === 5;
    return {
      number,
      x,
      y,
      width: col === 2 || col === 3 ? 3 : 2,
      depth: 1,
      rotation: 0,
      hasPower: nearWall || row === 3,
      stepFree: !(row === 0 && (col === 1 || col === 4)),
      capacity: col === 2 ? 2 : 1,
    };
  }),
);
