import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '../../../../platform/database/unit-of-work';
import { AttendanceDevices } from '../../application/ports/attendance-devices';
import { AttendanceDevice, AttendanceDeviceState } from '../../domain/attendance-device';

const toDevice = (r: any): AttendanceDeviceState => ({ id: r.id, name: r.name, unitId: r.unit_id, keyHash: r.key_hash, createdAt: r.created_at, revokedAt: r.revoked_at });

@Injectable()
export class PgAttendanceDevices extends AttendanceDevices {
  constructor(private readonly uow: UnitOfWork) {
    super();
  }

  async get(id: string): Promise<AttendanceDevice | null> {
    const [r] = await this.uow.query(`SELECT * FROM attendance.devices WHERE id = $1`, [id]);
    return r ? AttendanceDevice.restore(toDevice(r)) : null;
  }

  async add({ state: d }: AttendanceDevice): Promise<void> {
    await this.uow.query(`INSERT INTO attendance.devices (id, name, unit_id, key_hash, created_at) VALUES ($1, $2, $3, $4, $5)`, [d.id, d.name, d.unitId, d.keyHash, d.createdAt]);
  }

  async saveRevocation({ state: d }: AttendanceDevice): Promise<void> {
    await this.uow.query(`UPDATE attendance.devices SET revoked_at = $2 WHERE id = $1`, [d.id, d.revokedAt]);
  }

  async existing(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.uow.query(`SELECT id FROM attendance.devices WHERE id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async list(): Promise<AttendanceDeviceState[]> {
    return (await this.uow.query(`SELECT * FROM attendance.devices ORDER BY created_at, id`)).map(toDevice);
  }
}
