import { Application } from '../applications/application.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { Event } from '../events/event.entity';
import { AccessibilityFeedback } from '../feedback/accessibility-feedback.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [User, Session, LoginAttempt, Event, AccessibilityFeedback, Application, AuditEntry];
