import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed logins used to be inserted after the password was checked, so parallel guesses were all checked
 * before any of them was counted. Attempts are now one counter row per username and per source address,
 * incremented atomically before the check; a window that has run out starts again at one.
 */
export class LoginAttempts1764300000810 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity.login_failures`);
    await q.query(`
      CREATE TABLE identity.login_attempts (
        scope        text NOT NULL CHECK (scope IN ('USERNAME', 'ADDRESS')),
        key          text NOT NULL,
        window_start timestamptz NOT NULL,
        attempts     integer NOT NULL CHECK (attempts >= 0),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE identity.login_attempts`);
    await q.query(`
      CREATE TABLE identity.login_failures (
        username text NOT NULL,
        at       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failures_recent ON identity.login_failures (lower(username), at)`);
  }
}
