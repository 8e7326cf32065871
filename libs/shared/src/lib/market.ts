import { FloorFeature, Rotation } from './floor-plan';

/** One exhibitor on the public page: only what the applicant agreed to publish. */
export interface PublicExhibitor {
  id: string;
  organisationName: string;
  projectTitle: string;
  shortText: string | null;
  topics: string[];
  website: string | null;
  standId: string | null;
  standNumber: string | null;
  /** Relative URL of the logo, or null. */
  logoUrl: string | null;
}

export interface PublicStand {
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
