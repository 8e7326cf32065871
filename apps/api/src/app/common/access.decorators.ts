import { SetMetadata } from '@nestjs/common';
import { Role } from '@markt/shared';

export const ACCESS_KEY = 'access';

/**
 * Who may call a route. Every route must say it: the AccessGuard refuses routes that don't
 * (deny by default).
 */
export type Access = { kind: 'public' } | { kind: 'roles'; roles: Role[]; provisional?: boolean };

/** Anyone, logged in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/**
 * Logged-in users with one of these roles; with no roles named, any logged-in user. An account that still
 * has a provisional password (made by an admin) is refused until its owner replaced it.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access);

/** Any logged-in user, also one whose password is still provisional: the route that replaces it. */
export const OwnAccount = () =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles: [], provisional: true } satisfies Access);
