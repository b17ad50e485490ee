import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): memory-hard, as OWASP recommends. */
@Injectable()
export class PasswordHasher {
  // Verifying against this when the e-mail is unknown makes both failures take the same time.
  private readonly dummyHash = argon2.hash('not-a-real-password-used-for-timing', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }
}
