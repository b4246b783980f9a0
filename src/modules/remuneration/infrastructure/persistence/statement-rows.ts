import { rupiahJson } from '../../../../shared-kernel/money';
import { StatementDocument } from '../../domain/employee-statement';

export interface StatementRow {
  id: string;
  employee_id: string;
  month: string;
  version: number;
  nip: string;
  employee_name: string;
  unit_id: string | null;
  unit_code: string | null;
  gross: string;
  net: string;
  previous_net: string | null;
  delta: string;
  lines: StatementDocument['lines'];
  flags: StatementDocument['flags'];
  inputs: StatementDocument['inputs'];
}

export const STATEMENT_COLUMNS = 'id, employee_id, month, version, nip, employee_name, unit_id, unit_code, gross, net, previous_net, delta, lines, flags, inputs';

export function toDocument(r: StatementRow): StatementDocument {
  return {
    statementId: r.id,
    version: r.version,
    month: r.month,
    employee: { id: r.employee_id, nip: r.nip, name: r.employee_name },
    unit: r.unit_id === null ? null : { id: r.unit_id, code: r.unit_code },
    currency: 'IDR',
    gross: rupiahJson(r.gross),
    lines: r.lines,
    net: rupiahJson(r.net),
    previousNet: r.previous_net === null ? null : rupiahJson(r.previous_net),
    delta: rupiahJson(r.delta),
    flags: r.flags,
    inputs: r.inputs,
  };
}
