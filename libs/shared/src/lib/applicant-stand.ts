/** Where an applicant's stand is, in metres on the event's floor plan. */
export interface ApplicantStandDto {
  number: string;
  x: number;
  y: number;
  width: number;
  depth: number;
  rotation: number;
}

/**
 * Body of PUT /api/applications/:id/stand-people: after acceptance the applicant may still update who
 * staffs the stand until the event's `standDetailsDeadline`.
 */
export interface StandPeopleInput {
  staffNames: string;
  staffAccessibilityNeeds: string | null;
}
