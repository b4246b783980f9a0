import { Position } from '../../domain/position';

export abstract class PositionRepository {
  abstract byId(id: string): Promise<Position | null>;
  /** Ancestor position ids of `id` (excluding it), nearest first. */
  abstract ancestorIds(id: string): Promise<string[]>;
  abstract add(position: Position): Promise<void>;
  abstract save(position: Position): Promise<void>;
}
