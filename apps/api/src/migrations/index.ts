import { InitialSchema1764150000000 } from './1764150000000-initial-schema';
import { Applications1764160000000 } from './1764160000000-applications';
import { ChangesAndStagedDecisions1764300000000 } from './1764300000000-changes-and-staged-decisions';
import { BackgroundUploads1764210000000 } from './1764210000000-background-uploads';
import { ConcurrencyRules1764200000000 } from './1764200000000-concurrency-rules';
import { EmailVerification1764220000000 } from './1764220000000-email-verification';
import { EventReuseAndRetention1764310000000 } from './1764310000000-event-reuse-and-retention';
import { FloorPlans1764180000000 } from './1764180000000-floor-plans';
import { MarketPublication1764190000000 } from './1764190000000-market-publication';
import { ProvisionalPasswords1764320000000 } from './1764320000000-provisional-passwords';
import { StaffListIndexes1764230000000 } from './1764230000000-staff-list-indexes';
import { ReviewsAndNotifications1764170000000 } from './1764170000000-reviews-and-notifications';

/** Every migration, oldest first. The bundle cannot glob files, so each one is listed here. */
export const MIGRATIONS = [
  InitialSchema1764150000000,
  Applications1764160000000,
  ReviewsAndNotifications1764170000000,
  FloorPlans1764180000000,
  MarketPublication1764190000000,
  ConcurrencyRules1764200000000,
  BackgroundUploads1764210000000,
  EmailVerification1764220000000,
  StaffListIndexes1764230000000,
  ChangesAndStagedDecisions1764300000000,
  EventReuseAndRetention1764310000000,
  ProvisionalPasswords1764320000000,
];
