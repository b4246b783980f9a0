import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';
import { PasswordHasher } from '../../application/ports/password-hasher';

// Verifying against a fixed hash when there is no login keeps the response time from telling whether a
// username exists.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$BR153XX91rBo7H9kQBZ/VQ$eIccNBMgVLotYVYA8+pD+12qOEFpkgs7GnInHKB4Cno';

@Injectable()
export class Argon2PasswordHasher extends PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password);
  }

  async matches(passwordHash: string | null, password: string): Promise<boolean> {
    const ok = await verify(passwordHash ?? DUMMY_HASH, password).catch(() => false);
    return passwordHash !== null && ok;
  }
}
