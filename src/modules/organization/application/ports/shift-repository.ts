import { Shift } from '../../domain/shift';

export type NamedShift = Shift & { name: string };

export abstract class ShiftRepository {
  abstract exists(id: string): Promise<boolean>;
  abstract add(shift: NamedShift): Promise<void>;
}
