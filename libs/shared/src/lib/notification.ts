export type Language = 'de' | 'en';
export const LANGUAGES: readonly Language[] = ['de', 'en'];

export enum TemplateKind {
  SubmissionReceived = 'submission_received',
  DecisionAccepted = 'decision_accepted',
  DecisionWaitlisted = 'decision_waitlisted',
  DecisionRejected = 'decision_rejected',
  ConfirmationReminder = 'confirmation_reminder',
  ChangesRequested = 'changes_requested',
  PasswordReset = 'password_reset',
  EmailVerification = 'email_verification',
}
export const TEMPLATE_KINDS: readonly TemplateKind[] = Object.values(TemplateKind);

/** Placeholders a template may use, written `{organisation}` etc. */
export const TEMPLATE_PLACEHOLDERS = [
  'organisation',
  'project',
  'event',
  'status',
  'message',
  'link',
  'stand',
] as const;
/**
 * A subject may only name what staff wrote: applicant-written text (organisation, project) never stands
 * in a subject line, where it would read like the city's own words.
 */
export const SUBJECT_PLACEHOLDERS = ['event', 'status'] as const;

export interface EmailTemplateDto {
  kind: TemplateKind;
  language: Language;
  subject: string;
  body: string;
  /** False while the built-in default is used. */
  customised: boolean;
}

/** Body of PUT /api/events/:eventId/email-templates/:kind/:language. */
export interface EmailTemplateInput {
  subject: string;
  body: string;
}

export enum OutboxStatus {
  /** Waiting for delivery (or for SMTP to be configured). */
  Pending = 'pending',
  Sent = 'sent',
  /** Gave up after the last retry; can be retried by hand. */
  Failed = 'failed',
}

export interface OutboxMessageDto {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface PasswordResetRequestInput {
  email: string;
}

export interface PasswordResetInput {
  token: string;
  password: string;
}

/**
 * Stands in an outbox message's body where a link with a secret (password reset, verification) goes;
 * the server puts the link in only when it delivers the mail, so staff reading the outbox never see it.
 */
export const SECRET_LINK = '⟨secret-link⟩';
