import { Application } from '../applications/application.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { Assignment } from '../assignments/assignment.entity';
import { FloorPlan } from '../floor-plan/floor-plan.entity';
import { StandEntity } from '../floor-plan/stand.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { PasswordResetToken } from '../auth/password-reset-token.entity';
import { EmailVerification } from '../auth/email-verification.entity';
import { EmailTemplate } from '../notifications/email-template.entity';
import { OutboxMessage } from '../notifications/outbox-message.entity';
import { Note } from '../reviews/note.entity';
import { Review } from '../reviews/review.entity';
import { PendingDecision } from '../decisions/pending-decision.entity';
import { Session } from '../auth/session.entity';
import { Event } from '../events/event.entity';
import { AccessibilityFeedback } from '../feedback/accessibility-feedback.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [
  User,
  Session,
  LoginAttempt,
  Event,
  AccessibilityFeedback,
  Application,
  AuditEntry,
  Review,
  Note,
  OutboxMessage,
  EmailTemplate,
  PasswordResetToken,
  EmailVerification,
  FloorPlan,
  StandEntity,
  Assignment,
  PendingDecision,
];
