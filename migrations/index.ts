import { Platform1764300000000 } from './1764300000000-platform';
import { Identity1764300000100 } from './1764300000100-identity';
import { Organization1764300000200 } from './1764300000200-organization';
import { Attendance1764300000300 } from './1764300000300-attendance';
import { PerformancePlanning1764300000400 } from './1764300000400-performance-planning';
import { ActivityLogging1764300000500 } from './1764300000500-activity-logging';
import { Appraisal1764300000600 } from './1764300000600-appraisal';
import { IdempotencyFingerprint1764300000610 } from './1764300000610-idempotency-fingerprint';
import { OutboxDeadLetters1764300000620 } from './1764300000620-outbox-dead-letters';
import { OutboxCommitOrder1764300000630 } from './1764300000630-outbox-commit-order';
import { ActivityDayLock1764300000640 } from './1764300000640-activity-day-lock';
import { Remuneration1764300000700 } from './1764300000700-remuneration';
import { PayrollWebhooks1764300000710 } from './1764300000710-payroll-webhooks';
import { PositionKelasHistory1764300000720 } from './1764300000720-position-kelas-history';
import { TrustAccess1764300000735 } from './1764300000735-trust-access';
import { HrRatingCorrections1764300000750 } from './1764300000750-hr-rating-corrections';
import { ClockEventVoids1764300000751 } from './1764300000751-clock-event-voids';
import { LoginAttempts1764300000810 } from './1764300000810-login-attempts';
import { EvidenceBytes1764300000820 } from './1764300000820-evidence-bytes';
import { RemunerationPolicyVersions1764300000830 } from './1764300000830-remuneration-policy-versions';
import { PeriodClosingSnapshot1764300000840 } from './1764300000840-period-closing-snapshot';

/** Every migration, in order. Listed explicitly so the same list runs from TypeScript (tests) and JavaScript (dist). */
export const allMigrations = [
  Platform1764300000000,
  Identity1764300000100,
  Organization1764300000200,
  Attendance1764300000300,
  PerformancePlanning1764300000400,
  ActivityLogging1764300000500,
  Appraisal1764300000600,
  IdempotencyFingerprint1764300000610,
  OutboxDeadLetters1764300000620,
  OutboxCommitOrder1764300000630,
  ActivityDayLock1764300000640,
  Remuneration1764300000700,
  PayrollWebhooks1764300000710,
  PositionKelasHistory1764300000720,
  TrustAccess1764300000735,
  HrRatingCorrections1764300000750,
  ClockEventVoids1764300000751,
  LoginAttempts1764300000810,
  EvidenceBytes1764300000820,
  RemunerationPolicyVersions1764300000830,
  PeriodClosingSnapshot1764300000840,
];
