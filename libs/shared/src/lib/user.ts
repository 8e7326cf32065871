import { Role } from './roles';

/** A user as the API returns it: never the password hash. */
export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** Whether the owner confirmed the address with the one-time link. */
  emailVerified: boolean;
  /** The password is the provisional one an admin gave the account: the owner must choose their own first. */
  mustChangePassword: boolean;
  createdAt: string;
}

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  /** Language of the emails the account receives; the web app sends the chosen one. */
  language?: 'de' | 'en';
}

export interface LoginInput {
  email: string;
  password: string;
}

/** Body of POST /api/users (admin creates a staff account). */
export interface CreateUserInput extends RegisterInput {
  role: Role;
}

/** Body of PATCH /api/users/:id. */
export interface UpdateUserInput {
  role?: Role;
  active?: boolean;
  name?: string;
}

export interface FeedbackInput {
  message: string;
  email?: string;
  page?: string;
}

/** An account whose logins are slowed down after failures from anywhere (GET /api/auth/throttled, admins). */
export interface ThrottledAccountDto {
  email: string;
  /** Failed logins within the window, from all addresses together. */
  failures: number;
  /** How long every further login of the account is held back now. */
  delaySeconds: number;
  /** When the window ends and the count starts again. */
  until: string;
}

/** Body of POST /api/auth/verify-email: the token of a one-time link. */
export interface VerifyEmailInput {
  token: string;
}

/** What a verification link confirmed. */
export interface EmailVerifiedDto {
  email: string;
  /** `account`: the account's own address; `contact`: an application's contact address. */
  kind: 'account' | 'contact';
}

/** Body of PATCH /api/me: a new email address (confirmed again by link) or password, with the current password. */
export interface ChangeCredentialsInput {
  currentPassword: string;
  email?: string;
  newPassword?: string;
}
