import { RegisterUnit } from '../../domain/allowance-register';

/** The unit tree with names and the satker flag, as the register groups by it. */
export abstract class RegisterUnits {
  abstract all(): Promise<RegisterUnit[]>;
}
