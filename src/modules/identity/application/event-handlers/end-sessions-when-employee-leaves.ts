import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { localDateOf } from '../../../../shared-kernel/zone';
import { IntegrationEvent } from '../../../../platform/outbox/integration-event';
import { IntegrationEventBus } from '../../../../platform/outbox/integration-event-bus';
import { CommandPipeline } from '../../../../platform/write/command-pipeline';
import { EmployeeStatusChangedV1, EMPLOYEE_STATUS_CHANGED_V1 } from '../../../organization/public/events';
import { EmployeeProfilesFacade } from '../../../organization/public/employee-profiles.facade';
import { RevokeSessions } from '../commands/revoke-sessions';

/**
 * A retired, suspended or unpaid-leave employee must lose access at once: their refresh tokens are
 * revoked, and the login check refuses them while the status lasts (including future-dated changes,
 * which it evaluates on the day).
 */
@Injectable()
export class EndSessionsWhenEmployeeLeaves implements OnModuleInit {
  constructor(
    private readonly bus: IntegrationEventBus,
    private readonly commands: CommandPipeline,
    private readonly profiles: EmployeeProfilesFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.bus.subscribe<EmployeeStatusChangedV1>(EMPLOYEE_STATUS_CHANGED_V1, 'identity.end-sessions-when-employee-leaves', (e) => this.handle(e));
  }

  async handle(event: IntegrationEvent<EmployeeStatusChangedV1>): Promise<void> {
    const { employeeId, status, effectiveDate } = event.data;
    if (this.profiles.isLoginAllowedStatus(status)) return;
    if (effectiveDate > localDateOf(this.clock.now(), 'Asia/Jakarta')) return;
    await this.commands.execute(new RevokeSessions(employeeId, `status ${status} from ${effectiveDate}`));
  }
}
