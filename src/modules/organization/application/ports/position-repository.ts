import { KelasJabatan } from '../../domain/kelas-jabatan.value-object';
import { Position } from '../../domain/position';
import { PositionKelas } from '../../domain/position-kelas';

export abstract class PositionRepository {
  abstract byId(id: string): Promise<Position | null>;
  /** Ancestor position ids of `id` (excluding it), nearest first. */
  abstract ancestorIds(id: string): Promise<string[]>;
  abstract add(position: Position): Promise<void>;
  abstract save(position: Position): Promise<void>;
  /** The position's kelas history, its row locked until the transaction ends so regrades queue. */
  abstract lockedKelas(positionId: string): Promise<PositionKelas | null>;
  /** Appends the new kelas changes; `kelasToday` is what listings show. */
  abstract saveKelas(kelas: PositionKelas, kelasToday: KelasJabatan): Promise<void>;
}
