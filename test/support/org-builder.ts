import { TestApp } from './test-app';

let nipSequence = 1;

/** A valid NIP, unique within the run: birth date, appointment month (age 24), sex digit, sequence. */
export function validNip(birth = '1985-07-14', sex: 1 | 2 = 1): string {
  const seq = nipSequence++;
  const year = Number(birth.slice(0, 4));
  return `${birth.replace(/-/g, '')}${year + 24}${birth.slice(5, 7)}${sex}${String(seq).padStart(3, '0')}`;
}

export const PASSWORD = 'Secret-Passw0rd';

/** Builds organisation data through the public API as the HR admin, failing loudly on any refusal. */
export class OrgBuilder {
  constructor(
    private readonly t: TestApp,
    private readonly token: string,
  ) {}

  private async ok(path: string, body: unknown): Promise<any> {
    const res = await this.t.post(path, body, this.token);
    if (res.status !== 201 && res.status !== 200) throw new Error(`POST ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  unit(code: string, parentId: string | null, options: { type?: string; timeZone?: string; isSatker?: boolean } = {}): Promise<{ id: string }> {
    return this.ok('/api/v1/units', {
      code,
      name: `Unit ${code}`,
      type: options.type ?? (parentId === null ? 'MINISTRY' : 'ESELON_II'),
      parentId,
      timeZone: options.timeZone ?? 'Asia/Jakarta',
      isSatker: options.isSatker ?? false,
    });
  }

  position(code: string, unitId: string, parentPositionId: string | null, kind = 'PELAKSANA', kelas = 7): Promise<{ id: string }> {
    return this.ok('/api/v1/positions', { code, name: `Position ${code}`, kind, kelas, unitId, parentPositionId });
  }

  async employee(name: string, options: { status?: string; since?: string; password?: string | null } = {}): Promise<{ id: string; nip: string }> {
    const body: Record<string, unknown> = { nip: validNip(), name, status: options.status ?? 'PNS', statusSince: options.since ?? '2015-01-01' };
    if (options.password !== null) body.password = options.password ?? PASSWORD;
    return this.ok('/api/v1/employees', body);
  }

  assign(employeeId: string, positionId: string, type = 'DEFINITIVE', startDate = '2020-01-01', endDate?: string): Promise<{ id: string }> {
    return this.ok(`/api/v1/employees/${employeeId}/assignments`, { positionId, type, startDate, ...(endDate ? { endDate } : {}) });
  }

  /** An employee placed definitively on a position, with a login. */
  async placed(name: string, positionId: string, startDate = '2020-01-01'): Promise<{ id: string; nip: string }> {
    const e = await this.employee(name);
    await this.assign(e.id, positionId, 'DEFINITIVE', startDate);
    return e;
  }
}
