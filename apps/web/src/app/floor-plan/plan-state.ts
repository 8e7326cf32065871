import {
  BackgroundImage,
  FeatureKind,
  FloorFeature,
  FloorPlanDto,
  FloorPlanInput,
  FLOOR_PLAN_LIMITS,
  ROTATIONS,
  Rotation,
  Stand,
} from '@markt/shared';
import { footprint, nearestFreeSpot, roundM } from './plan-geometry';
import { nextStandNumber } from './renumber';

/** A stand in the editor: `key` identifies it before the server has given it an id. */
export type EditorStand = Stand & { key: string };

/** The editable part of a floor plan; every edit makes a new object (for undo/redo). */
export interface PlanState {
  width: number;
  depth: number;
  outline?: [number, number][];
  background: BackgroundImage | null;
  features: FloorFeature[];
  stands: EditorStand[];
}

export type ElementRef = { type: 'stand' | 'feature'; key: string };

let counter = 0;
function newKey(prefix: string): string {
  counter += 1;
  return globalThis.crypto?.randomUUID?.() ?? `${prefix}-${Date.now()}-${counter}`;
}

export function stateFromDto(dto: FloorPlanDto): PlanState {
  return {
    width: dto.width || 30,
    depth: dto.depth || 20,
    outline: dto.outline,
    background: dto.background ?? null,
    features: dto.features.map((f) => ({ ...f })),
    stands: dto.stands.map((s) => ({ ...s, key: s.id })),
  };
}

export function inputFromState(state: PlanState, version: number): FloorPlanInput {
  return {
    width: state.width,
    depth: state.depth,
    ...(state.outline ? { outline: state.outline } : {}),
    background: state.background,
    features: state.features,
    stands: state.stands.map(({ key: _key, ...stand }) => stand),
    version,
  };
}

export function findElement(state: PlanState, ref: ElementRef | null): EditorStand | FloorFeature | null {
  if (!ref) return null;
  if (ref.type === 'stand') return state.stands.find((s) => s.key === ref.key) ?? null;
  return state.features.find((f) => f.id === ref.key) ?? null;
}

/** A free spot for a new element: right of the last stand, or the room's top-left corner. */
function freeSpot(state: PlanState, width: number, depth: number): { x: number; y: number } {
  const last = state.stands[state.stands.length - 1];
  if (!last) return { x: 1, y: 1 };
  const box = footprint(last);
  if (box.right + 0.5 + width <= state.width) return { x: roundM(box.right + 0.5), y: roundM(box.top) };
  const y = roundM(box.bottom + 1);
  return { x: 1, y: y + depth <= state.depth ? y : 1 };
}

export function addStand(state: PlanState): { state: PlanState; ref: ElementRef } {
  // 2 × 2 m: the size of a table with room to stand behind it, and large enough to read on the plan.
  const width = 2;
  const depth = 2;
  const spot = freeSpot(state, width, depth);
  const stand: EditorStand = {
    key: newKey('stand'),
    number: nextStandNumber(state.stands),
    ...spot,
    width,
    depth,
    rotation: 0,
    hasPower: false,
    stepFree: true,
    capacity: 1,
  };
  return { state: { ...state, stands: [...state.stands, stand] }, ref: { type: 'stand', key: stand.key } };
}

const FEATURE_SIZES: Record<FeatureKind, { width: number; depth: number }> = {
  [FeatureKind.Wall]: { width: 4, depth: 0.5 },
  [FeatureKind.Entrance]: { width: 2, depth: 0.5 },
  [FeatureKind.Stage]: { width: 6, depth: 3 },
  [FeatureKind.EmergencyExit]: { width: 1.5, depth: 0.5 },
  [FeatureKind.PowerSocket]: { width: 0.5, depth: 0.5 },
};

export function addFeature(state: PlanState, kind: FeatureKind): { state: PlanState; ref: ElementRef } {
  const feature: FloorFeature = { id: newKey('feature'), kind, x: 0, y: 0, rotation: 0, ...FEATURE_SIZES[kind] };
  return { state: { ...state, features: [...state.features, feature] }, ref: { type: 'feature', key: feature.id } };
}

export function updateElement(
  state: PlanState,
  ref: ElementRef,
  patch: Partial<EditorStand> | Partial<FloorFeature>,
): PlanState {
  if (ref.type === 'stand') {
    return {
      ...state,
      stands: state.stands.map((s) =>
        s.key === ref.key ? { ...s, ...(patch as Partial<EditorStand>), key: s.key } : s,
      ),
    };
  }
  return {
    ...state,
    features: state.features.map((f) =>
      f.id === ref.key ? { ...f, ...(patch as Partial<FloorFeature>), id: f.id } : f,
    ),
  };
}

export function removeElement(state: PlanState, ref: ElementRef): PlanState {
  if (ref.type === 'stand') return { ...state, stands: state.stands.filter((s) => s.key !== ref.key) };
  return { ...state, features: state.features.filter((f) => f.id !== ref.key) };
}

/**
 * A copy in the nearest free spot (overlapping no stand or feature; half a metre down and right when the
 * room is full); a copied stand gets a new id and the next free number.
 */
export function duplicateElement(state: PlanState, ref: ElementRef): { state: PlanState; ref: ElementRef } | null {
  const element = findElement(state, ref);
  if (!element) return null;
  const spot = nearestFreeSpot(element, [...state.stands, ...state.features], state) ?? {
    x: roundM(element.x + 0.5),
    y: roundM(element.y + 0.5),
  };
  if (ref.type === 'stand') {
    const { id: _id, ...rest } = element as EditorStand;
    const copy: EditorStand = { ...rest, key: newKey('stand'), number: nextStandNumber(state.stands), ...spot };
    return { state: { ...state, stands: [...state.stands, copy] }, ref: { type: 'stand', key: copy.key } };
  }
  const copy: FloorFeature = {
    ...(element as FloorFeature),
    id: newKey('feature'),
    ...spot,
  };
  return { state: { ...state, features: [...state.features, copy] }, ref: { type: 'feature', key: copy.id } };
}

export function rotateElement(state: PlanState, ref: ElementRef): PlanState {
  const element = findElement(state, ref);
  if (!element) return state;
  const next = ROTATIONS[(ROTATIONS.indexOf(element.rotation) + 1) % ROTATIONS.length] as Rotation;
  return updateElement(state, ref, { rotation: next });
}

export function moveElement(state: PlanState, ref: ElementRef, dx: number, dy: number): PlanState {
  const element = findElement(state, ref);
  if (!element) return state;
  return updateElement(state, ref, { x: roundM(element.x + dx), y: roundM(element.y + dy) });
}

export const LIMITS = FLOOR_PLAN_LIMITS;
