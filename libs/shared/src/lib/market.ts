import { FloorFeature, Rotation } from './floor-plan';

/** One exhibitor on the public page: only what the applicant agreed to publish. */
export interface PublicExhibitor {
  id: string;
  organisationName: string;
  projectTitle: string;
  shortText: string | null;
  topics: string[];
  website: string | null;
  /** The `id` of the exhibitor's stand on this page (see `PublicStand.id`), or null. */
  standId: string | null;
  standNumber: string | null;
  /** Relative URL of the logo, or null. */
  logoUrl: string | null;
}

export interface PublicStand {
  /**
   * The stand's key on the public page: its number, which is unique within a plan. The database's ids stay
   * inside; a thousand of them would be a third of what a phone downloads.
   */
  id: string;
  number: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: Rotation;
}

/** GET /api/public/events/:eventId/market: published markets only (404 otherwise). */
export interface PublicMarketDto {
  event: {
    id: string;
    title: string;
    date: string;
    startTime: string;
    endTime: string;
    venueName: string;
    venueAddress: string;
  };
  exhibitors: PublicExhibitor[];
  plan: {
    width: number;
    depth: number;
    outline?: [number, number][];
    features: FloorFeature[];
    stands: PublicStand[];
  } | null;
}

export type PaperSize = 'A3' | 'A4';
export const PAPER_SIZES: readonly PaperSize[] = ['A3', 'A4'];
