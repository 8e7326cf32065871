/** Who a user is in the system. Applicants register themselves; staff accounts are created by admins. */
export enum Role {
  Applicant = 'applicant',
  Reviewer = 'reviewer',
  Admin = 'admin',
}

export const ROLES: readonly Role[] = [Role.Applicant, Role.Reviewer, Role.Admin];
export const STAFF_ROLES: readonly Role[] = [Role.Reviewer, Role.Admin];

export function isStaff(role: Role | undefined | null): boolean {
  return role === Role.Reviewer || role === Role.Admin;
}
