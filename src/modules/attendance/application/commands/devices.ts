import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, Clock } from '../../../../shared-kernel/clock';
import { DomainError } from '../../../../shared-kernel/domain-error';
import { newId } from '../../../../shared-kernel/ids';
import { Actor } from '../../../../platform/auth/actor';
import { Written, written } from '../../../../platform/write/written';
import { AccessPolicy } from '../../../organization/public/access-policy';
import { UnitTreeFacade } from '../../../organization/public/unit-tree.facade';
import { AttendanceDevice } from '../../domain/attendance-device';
import { ClockEventIntake, IntakeReport } from '../clock-event-intake';
import { AttendanceDevices } from '../ports/attendance-devices';
import { deviceView } from '../views';

/** Device keys are 256 random bits, so a fast hash is enough to make a leaked table useless. */
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

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
    private readonly devices: AttendanceDevices,
    private readonly access: AccessPolicy,
    private readonly unitTree: UnitTreeFacade,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, input }: RegisterDevice) {
    const unitId = input.unitId ?? null;
    if (unitId === null && !actor.isHrAdmin) throw DomainError.validation('unitId', 'UNIT_REQUIRED', 'A unit admin registers a device for one of their units: give unitId.');
    if (unitId !== null) {
      if (!(await this.unitTree.unitExists(unitId))) throw DomainError.validation('unitId', 'UNIT_NOT_FOUND', `unitId ${unitId} is not a unit.`);
      await this.access.assertCanAdministerUnit(actor, unitId);
    }
    const key = randomBytes(32).toString('base64url');
    const device = AttendanceDevice.register({ id: newId(), name: input.name, unitId, keyHash: hashKey(key), createdAt: this.clock.now() });
    await this.devices.add(device);
    const view = deviceView(device.state);
    return written({ ...view, key }, { audit: [{ action: 'RegisterDevice', targetType: 'AttendanceDevice', targetId: view.id, after: view }] });
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
    private readonly devices: AttendanceDevices,
    private readonly access: AccessPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, deviceId, reason }: RevokeDevice) {
    const device = await this.devices.get(deviceId);
    if (!device) throw DomainError.notFound('Attendance device', deviceId);
    if (device.unitId !== null) await this.access.assertCanAdministerUnit(actor, device.unitId);
    else if (!actor.isHrAdmin) throw DomainError.forbidden('Only HR administrators manage devices not placed in a unit.', 'HR_ONLY_UNPLACED_DEVICES');
    const before = deviceView(device.state);
    device.revoke(this.clock.now());
    await this.devices.saveRevocation(device);
    const after = deviceView(device.state);
    return written(after, { audit: [{ action: 'RevokeDevice', targetType: 'AttendanceDevice', targetId: deviceId, reason, before, after }] });
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
    private readonly devices: AttendanceDevices,
    private readonly intake: ClockEventIntake,
  ) {}

  async execute({ deviceId, key, body }: PushDeviceEvents): Promise<Written<IntakeReport>> {
    const device = await this.devices.get(deviceId);
    if (!device || !key || !device.acceptsKeyHash(hashKey(key), sameHash)) {
      // One answer for unknown, revoked and wrong: a caller learns nothing about which devices exist.
      throw new DomainError('unauthenticated', 'INVALID_DEVICE_KEY', 'The device key is missing, wrong or revoked for this device: send X-Device-Key as issued.');
    }
    if (!Array.isArray(body)) throw DomainError.validation('(body)', 'ARRAY_REQUIRED', 'The body must be a JSON array of {nip, at, direction?}.');
    const { report, audit } = await this.intake.take(body, { source: 'DEVICE', deviceId, deviceUnitId: device.unitId });
    return written(report, { audit: [audit] });
  }
}
