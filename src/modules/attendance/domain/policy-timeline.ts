import { checkRule } from '../../../shared-kernel/business-rule';
import { LocalDate } from '../../../shared-kernel/local-date';
import { AttendancePolicy, AttendancePolicyProps, DEFAULT_MAX_ABSENCE_CALENDAR_DAYS, defaultAttendancePolicy } from './attendance-policy';
import { OnePolicyVersionPerDateRule } from './rules/one-policy-version-per-date.rule';
import { WeeklyHours, WorkSchedule } from './work-schedule';

/** The stored form of a policy: its props with the work schedule as plain weekly hours. */
export type StoredPolicyParameters = Omit<AttendancePolicyProps, 'workSchedule'> & { workSchedule: WeeklyHours };

export function toStoredParameters(policy: AttendancePolicy): StoredPolicyParameters {
  return { ...policy.props, workSchedule: policy.workSchedule.weekly };
}

/** Versions stored before the absence limit existed get its default. */
export function policyFromStored(parameters: StoredPolicyParameters): AttendancePolicy {
  return AttendancePolicy.create({
    ...parameters,
    maxAbsenceCalendarDays: parameters.maxAbsenceCalendarDays ?? DEFAULT_MAX_ABSENCE_CALENDAR_DAYS,
    workSchedule: WorkSchedule.create(parameters.workSchedule),
  });
}

export interface PolicyVersion {
  readonly id: string;
  readonly effectiveFrom: LocalDate;
  readonly parameters: StoredPolicyParameters;
  readonly createdAt: Date;
}

const DEFAULT_POLICY = defaultAttendancePolicy();

/**
 * The effective-dated versions of the attendance policy. Before the first version HR stores, the defaults of
 * rules.md apply, so a fresh installation classifies days without any set-up.
 */
export class PolicyTimeline {
  private readonly versions: Array<{ effectiveFrom: LocalDate; policy: AttendancePolicy; id: string | null }>;

  constructor(stored: readonly PolicyVersion[]) {
    this.versions = stored
      .map((r) => ({ effectiveFrom: r.effectiveFrom, policy: policyFromStored(r.parameters), id: r.id }))
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  }

  versionOn(date: LocalDate): { id: string | null; effectiveFrom: LocalDate | null; policy: AttendancePolicy } {
    return this.versions.find((v) => v.effectiveFrom <= date) ?? { id: null, effectiveFrom: null, policy: DEFAULT_POLICY };
  }

  on(date: LocalDate): AttendancePolicy {
    return this.versionOn(date).policy;
  }

  /**
   * A new version from `effectiveFrom` on: only the parameters that change are given, the rest carry over
   * from the version in force that day; the merged whole must be a valid policy.
   */
  successor(id: string, effectiveFrom: LocalDate, changes: Partial<StoredPolicyParameters>, createdAt: Date): PolicyVersion {
    const inForce = this.versionOn(effectiveFrom);
    checkRule(new OnePolicyVersionPerDateRule(effectiveFrom, inForce.effectiveFrom));
    const base = toStoredParameters(inForce.policy);
    const merged: StoredPolicyParameters = {
      ...base,
      ...changes,
      latenessCompensation: { ...base.latenessCompensation, ...changes.latenessCompensation },
      shiftEventWindow: { ...base.shiftEventWindow, ...changes.shiftEventWindow },
      leaveDeductionPercent: { ...base.leaveDeductionPercent, ...changes.leaveDeductionPercent },
      sickLeave: { ...base.sickLeave, ...changes.sickLeave },
      annualLeave: { ...base.annualLeave, ...changes.annualLeave },
    };
    return { id, effectiveFrom, parameters: toStoredParameters(policyFromStored(merged)), createdAt };
  }
}
