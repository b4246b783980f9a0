import { AttendanceDevice, AttendanceDeviceState } from '../../domain/attendance-device';

export abstract class AttendanceDevices {
  abstract get(id: string): Promise<AttendanceDevice | null>;
  abstract add(device: AttendanceDevice): Promise<void>;
  abstract saveRevocation(device: AttendanceDevice): Promise<void>;
  /** Which of these ids are registered devices (revoked ones included), in one query. */
  abstract existing(ids: string[]): Promise<Set<string>>;
  abstract list(): Promise<AttendanceDeviceState[]>;
}
