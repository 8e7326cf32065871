/** Floor plans are measured in metres; positions are the top-left corner before rotation. */
export type Rotation = 0 | 90 | 180 | 270;
export const ROTATIONS: readonly Rotation[] = [0, 90, 180, 270];
export const GRID_STEP_M = 0.5;

export enum FeatureKind {
  Wall = 'wall',
  Entrance = 'entrance',
  Stage = 'stage',
  EmergencyExit = 'emergency_exit',
  PowerSocket = 'power_socket',
}
export const FEATURE_KINDS: readonly FeatureKind[] = Object.values(FeatureKind);

/** A fixed element of the room: a rectangle (a wall is a thin one, a socket a small one). */
export interface FloorFeature {
  id: string;
  kind: FeatureKind;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: Rotation;
  label?: string;
}

export interface Stand {
  /** Absent for a stand that is new in a PUT. */
  id?: string;
  /** Shown on the plan and the signs, e.g. "12"; unique within the plan. */
  number: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: Rotation;
  hasPower: boolean;
  stepFree: boolean;
  /** Exhibitors the stand holds: usually 1, 2 for a shared table. */
  capacity: number;
  notes?: string;
}

/** Where the background scan lies under the plan. */
export interface BackgroundPlacement {
  x: number;
  y: number;
  /** Width in metres the image is stretched to; the height keeps the aspect ratio. */
  width: number;
  opacity: number;
}

/**
 * A PNG or JPEG scan of the room, uploaded on its own (PUT /api/events/:eventId/floor-plan/background)
 * and served from `url`; the plan itself never carries image data.
 */
export interface BackgroundImage extends BackgroundPlacement {
  url: string;
}

/** GET/PUT /api/events/:eventId/floor-plan. */
export interface FloorPlanDto {
  eventId: string;
  /** Room size in metres. */
  width: number;
  depth: number;
  /** Room outline as a polygon of [x, y] points; absent means the rectangle width × depth. */
  outline?: [number, number][];
  background?: BackgroundImage | null;
  features: FloorFeature[];
  stands: (Stand & { id: string })[];
  /** Incremented by every save; a PUT must send the version it started from. */
  version: number;
  updatedAt: string | null;
}

/**
 * Body of PUT /api/events/:eventId/floor-plan. A stale `version` gives 409 `version_conflict`.
 * `background` only places the uploaded scan (its `url` may be sent back as received); `null` hides it.
 */
export interface FloorPlanInput {
  width: number;
  depth: number;
  outline?: [number, number][];
  background?: (BackgroundPlacement & { url?: string }) | null;
  features: FloorFeature[];
  stands: Stand[];
  version: number;
}

export enum PlanIssueKind {
  Overlap = 'overlap',
  OutsideRoom = 'outside_room',
  BlocksExit = 'blocks_exit',
  DuplicateNumber = 'duplicate_number',
}

/** A problem of the drawing; warnings do not stop saving (except duplicate numbers, which do). */
export interface PlanIssue {
  kind: PlanIssueKind;
  /** Stand numbers (or feature ids for exits) involved. */
  subjects: string[];
}

export const FLOOR_PLAN_LIMITS = {
  room: { min: 2, max: 200 },
  stand: { min: 0.5, max: 20 },
  capacity: { min: 1, max: 4 },
  stands: 1000,
  features: 500,
  notes: 500,
  number: 10,
  backgroundBytes: 3 * 1024 * 1024,
  /** Width × height a background scan may declare (an A3 page at 400 dpi is about 31 million). */
  backgroundPixels: 40_000_000,
} as const;

export interface AssignmentDto {
  standId: string;
  applicationId: string;
}

/** An accepted or confirmed application as the assignment screen needs it. */
export interface PlacementCandidate {
  applicationId: string;
  organisationName: string | null;
  projectTitle: string | null;
  status: string;
  needsPower: boolean;
  needsStepFreeAccess: boolean;
  /** Requested stand width in metres. */
  standWidth: number | null;
  topics: string[];
  /** A hands-on offer: lively, better not right next to another one. */
  hasHandsOnOffer: boolean;
  otherWishes: string | null;
  /** Whether the exhibitor may be named in public (the printed plan hangs at the venue). */
  publicationConsent: boolean;
}

export enum AssignmentConflictKind {
  NeedsPower = 'needs_power',
  NotStepFree = 'not_step_free',
  TooSmall = 'too_small',
  OverCapacity = 'over_capacity',
  /** The application was withdrawn (or is otherwise no longer accepted) but still holds the stand. */
  NotAccepted = 'not_accepted',
}

export interface AssignmentConflict {
  standId: string;
  applicationId: string;
  kind: AssignmentConflictKind;
}

/** GET /api/events/:eventId/assignments, and the answer of every change to them. */
export interface AssignmentsView {
  assignments: AssignmentDto[];
  /** Accepted/confirmed applications on no stand. */
  unplaced: PlacementCandidate[];
  /** Every application that is or could be placed, by id, for labels. */
  candidates: PlacementCandidate[];
  conflicts: AssignmentConflict[];
}

/** Body of PUT /api/events/:eventId/assignments/:standId: puts the application there (moving it if placed elsewhere). */
export interface AssignInput {
  applicationId: string;
}

/**
 * Body of POST /api/events/:eventId/assignments/exchange: `applicationId` takes the place of
 * `withApplicationId`, which takes the place `applicationId` had (or none: it is then unplaced).
 */
export interface ExchangeInput {
  applicationId: string;
  withApplicationId: string;
}

export interface SuggestedPlacement {
  standId: string;
  applicationId: string;
  /** Why here: codes such as `power`, `step_free`, `width`, `topic_neighbour`, `wish_honoured`, `locked`. */
  reasons: string[];
}

/** POST /api/events/:eventId/assignments/suggest: a preview, nothing is saved. */
export interface SuggestionDto {
  placements: SuggestedPlacement[];
  /** Higher is better: shared topics of neighbours and honoured wishes count up, loud neighbours down. */
  score: number;
  /** Applications no valid layout can place, with the hard needs that stop them. */
  unplaceable: { applicationId: string; reasons: string[] }[];
}

/** Body of POST /api/events/:eventId/assignments/apply: some or all placements of a suggestion. */
export interface ApplyPlacementsInput {
  placements: AssignmentDto[];
}
