import { PolicyVersion } from '../../domain/policy-timeline';

export abstract class AttendancePolicies {
  abstract versions(): Promise<PolicyVersion[]>;
  abstract add(version: PolicyVersion): Promise<void>;
}
