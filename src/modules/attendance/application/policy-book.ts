import { Injectable } from '@nestjs/common';
import { LocalDate } from '../../../shared-kernel/local-date';
import { AttendancePolicy, AttendancePolicyProps, defaultAttendancePolicy } from '../domain/attendance-policy';
import { WeeklyHours, WorkSchedule } from '../domain/work-schedule';
import { AttendanceRepository, PolicyVersionRow } from '../infrastructure/persistence/attendance.repository';

/** The stored form of a policy: its props with the work schedule as plain weekly hours. */
export type StoredPolicyParameters = Omit<AttendancePolicyProps, 'workSchedule'> & { workSchedule: WeeklyHours };

export function toStoredParameters(policy: AttendancePolicy): StoredPolicyParameters {
  return { ...policy.props, workSchedule: policy.workSchedule.weekly };
}

export function policyFromStored(parameters: StoredPolicyParameters): AttendancePolicy {
  return AttendancePolicy.create({ ...parameters, workSchedule: WorkSchedule.create(parameters.workSchedule) });
}

/**
 * The effective-dated versions of the attendance policy. Before the first version HR stores, the defaults of
 * rules.md apply, so a fresh installation classifies days without any set-up.
 */
export class PolicyTimeline {
  private readonly versions: Array<{ effectiveFrom: LocalDate; policy: AttendancePolicy; id: string | null }>;

  constructor(rows: PolicyVersionRow[]) {
    this.versions = rows
      .map((r) => ({ effectiveFrom: r.effectiveFrom, policy: policyFromStored(r.parameters), id: r.id }))
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  }

  versionOn(date: LocalDate): { id: string | null; effectiveFrom: LocalDate | null; policy: AttendancePolicy } {
    return this.versions.find((v) => v.effectiveFrom <= date) ?? { id: null, effectiveFrom: null, policy: DEFAULT_POLICY };
  }

  on(date: LocalDate): AttendancePolicy {
    return this.versionOn(date).policy;
  }
}

const DEFAULT_POLICY = defaultAttendancePolicy();

@Injectable()
export class PolicyBook {
  constructor(private readonly repo: AttendanceRepository) {}

  async timeline(): Promise<PolicyTimeline> {
    return new PolicyTimeline(await this.repo.policyVersions());
  }
}
