import { PlacementCandidate, Stand } from '@markt/shared';

// Data for specs (not part of the app): each spec names only what it is about.

/** A 2 × 1 m stand for one, unrotated, without power, step-free, at the room's corner. */
export function testStand(fields: Partial<Stand> = {}): Stand {
  return {
    number: '1',
    x: 0,
    y: 0,
    width: 2,
    depth: 1,
    rotation: 0,
    hasPower: false,
    stepFree: true,
    capacity: 1,
    ...fields,
  };
}

/** An accepted project without needs or wishes that may be named in public. */
export function testCandidate(fields: Partial<PlacementCandidate> & Pick<PlacementCandidate, 'applicationId'>) {
  const candidate: PlacementCandidate = {
    organisationName: null,
    projectTitle: null,
    status: 'accepted',
    needsPower: false,
    needsStepFreeAccess: false,
    standWidth: null,
    topics: [],
    hasHandsOnOffer: false,
    otherWishes: null,
    publicationConsent: true,
    ...fields,
  };
  return candidate;
}
