import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { AuditLog } from '../../../../platform/audit/audit-log';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { AttendanceRepository, DeviceRow } from '../../infrastructure/persistence/attendance.repository';
import { ClockEventIntake, IntakeReport } from '../clock-event-intake';

/** Device keys are 256 random bits, so a fast hash is enough to make a leaked table useless. */
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export const deviceView = (d: DeviceRow) => ({
  id: d.id,
  name: d.name,
  unitId: d.unitId,
  createdAt: d.createdAt.toISOString(),
  revokedAt: d.revokedAt?.toISOString() ?? null,
});

export class RegisterDevice {
  constructor(
    readonly actor: Actor,
    readonly input: { name: string; unitId?: string | null },
  ) {}
}

/** HR registers any device; a unit admin only one placed in a unit they administer. The key is shown once. */
@CommandHandler(RegisterDevice)
export class RegisterDeviceHandler implements ICommandHandler<RegisterDevice> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, input }: RegisterDevice) {
    const unitId = input.unitId ?? null;
    if (unitId === null && !actor.isHrAdmin) throw DomainError.validation('unitId', 'UNIT_REQUIRED', 'A unit admin registers a device for one of their units: give unitId.');
    if (unitId !== null) {
      if (!(await this.unitTree.unitExists(unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${unitId} is not a unit.`);
      await this.access.assertCanAdministerUnit(actor, unitId);
    }
    const key = randomBytes(32).toString('base64url');
    const id = newId();
    return this.uow.run(async () => {
      await this.repo.insertDevice({ id, name: input.name, unitId, keyHash: hashKey(key) });
      const device = (await this.repo.device(id))!;
      await this.audit.record({ action: 'RegisterDevice', targetType: 'AttendanceDevice', targetId: id, after: deviceView(device) });
      return { ...deviceView(device), key };
    });
  }
}

export class RevokeDevice {
  constructor(
    readonly actor: Actor,
    readonly deviceId: string,
    readonly reason: string | null,
  ) {}
}

@CommandHandler(RevokeDevice)
export class RevokeDeviceHandler implements ICommandHandler<RevokeDevice> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly repo: AttendanceRepository,
    private readonly access: AccessPolicy,
    private readonly audit: AuditLog,
  ) {}

  async execute({ actor, deviceId, reason }: RevokeDevice) {
    return this.uow.run(async () => {
      const before = await this.repo.device(deviceId);
      if (!before) throw DomainError.notFound('Attendance device', deviceId);
      if (before.unitId !== null) await this.access.assertCanAdministerUnit(actor, before.unitId);
      else if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators manage devices not placed in a unit.');
      await this.repo.revokeDevice(deviceId);
      const after = (await this.repo.device(deviceId))!;
      await this.audit.record({ action: 'RevokeDevice', targetType: 'AttendanceDevice', targetId: deviceId, reason, before: deviceView(before), after: deviceView(after) });
      return deviceView(after);
    });
  }
}

/** A device pushes a batch of its events, perhaps days after they happened; it authenticates with its own key. */
export class PushDeviceEvents {
  constructor(
    readonly deviceId: string,
    readonly key: string | undefined,
    readonly body: unknown,
  ) {}
}

@CommandHandler(PushDeviceEvents)
export class PushDeviceEventsHandler implements ICommandHandler<PushDeviceEvents> {
  constructor(
    private readonly repo: AttendanceRepository,
    private readonly intake: ClockEventIntake,
  ) {}

  async execute({ deviceId, key, body }: PushDeviceEvents): Promise<IntakeReport> {
    const device = await this.repo.device(deviceId);
    if (!device || device.revokedAt !== null || !key || !sameHash(hashKey(key), device.keyHash)) {
      // One answer for unknown, revoked and wrong: a caller learns nothing about which devices exist.
      throw new DomainError('unauthenticated', 'INVALID_DEVICE_KEY', 'The device key is missing, wrong or revoked for this device: send X-Device-Key as issued.');
    }
    if (!Array.isArray(body)) throw DomainError.validation('(body)', 'ARRAY_REQUIRED', 'The body must be a JSON array of {nip, at, direction?}.');
    return this.intake.take(body, { source: 'DEVICE', deviceId });
  }
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
