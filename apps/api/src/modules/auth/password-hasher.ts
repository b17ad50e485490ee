import { Inject, Injectable, Optional } from '@nestjs/common';
import * as argon2 from 'argon2';
import { AppConfig, DEFAULT_PASSWORD_HASH_COST, PasswordHashCost } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';

/**
 * argon2id, memory-hard, as OWASP recommends: by default the library's 64 MiB and 3 passes
 * (PASSWORD_HASH_MEMORY_KIB / PASSWORD_HASH_PASSES; never below OWASP's least outside NODE_ENV=test,
 * see docs/security.md). A stored hash carries its own cost, so verifying works whatever the setting.
 */
@Injectable()
export class PasswordHasher {
  private readonly options: argon2.HashOptions & { raw?: false };
  // Verifying against this when the e-mail is unknown makes both failures take the same time.
  private readonly dummyHash: Promise<string>;

  constructor(@Optional() @Inject(APP_CONFIG) config?: Pick<AppConfig, 'passwordHashCost'> | null) {
    const cost: PasswordHashCost = config?.passwordHashCost ?? DEFAULT_PASSWORD_HASH_COST;
    this.options = { type: argon2.argon2id, memoryCost: cost.memoryKib, timeCost: cost.passes };
    this.dummyHash = argon2.hash('not-a-real-password-used-for-timing', this.options);
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, this.options);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }
}
