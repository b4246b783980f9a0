export interface AttendanceDeviceState {
  readonly id: string;
  readonly name: string;
  readonly unitId: string | null;
  /** A hash of the device's key: the key itself is shown once, at registration, and never stored. */
  readonly keyHash: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

/** A clock machine that pushes its own events, authenticated by its key until the key is revoked. */
export class AttendanceDevice {
  private constructor(private current: AttendanceDeviceState) {}

  static register(device: Pick<AttendanceDeviceState, 'id' | 'name' | 'unitId' | 'keyHash' | 'createdAt'>): AttendanceDevice {
    return new AttendanceDevice({ ...device, revokedAt: null });
  }

  static restore(state: AttendanceDeviceState): AttendanceDevice {
    return new AttendanceDevice(state);
  }

  get state(): AttendanceDeviceState {
    return this.current;
  }

  get unitId(): string | null {
    return this.current.unitId;
  }

  /** Revoking twice keeps the first instant: from then on the key was worthless. */
  revoke(at: Date): void {
    if (this.current.revokedAt === null) this.current = { ...this.current, revokedAt: at };
  }

  acceptsKeyHash(keyHash: string, sameHash: (a: string, b: string) => boolean): boolean {
    return this.current.revokedAt === null && sameHash(keyHash, this.current.keyHash);
  }
}
