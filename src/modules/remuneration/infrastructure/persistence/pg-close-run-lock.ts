import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CloseRunLock } from '../../application/ports/close-run-lock';

/**
 * A session-level advisory lock on a connection of its own, held while the work runs: other instances'
 * attempts return at once, and a process that dies releases it with its connection.
 */
@Injectable()
export class PgCloseRunLock extends CloseRunLock {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async runExclusively(name: string, work: () => Promise<void>): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`, [name]);
      if (!locked) return false;
      try {
        await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [name]);
      }
      return true;
    } finally {
      await runner.release();
    }
  }
}
