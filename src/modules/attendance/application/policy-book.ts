import { Injectable } from '@nestjs/common';
import { PolicyTimeline } from '../domain/policy-timeline';
import { AttendancePolicies } from './ports/attendance-policies';

@Injectable()
export class PolicyBook {
  constructor(private readonly policies: AttendancePolicies) {}

  async timeline(): Promise<PolicyTimeline> {
    return new PolicyTimeline(await this.policies.versions());
  }
}
