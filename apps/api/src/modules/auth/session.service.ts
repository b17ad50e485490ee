import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { UserRole } from '@modellkommuner/shared';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { Viewer } from '../../infrastructure/graphql/request-context';
import { SessionEntity } from './entities/session.entity';

interface TokenClaims {
  sub: string;
  sid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Bearer tokens are signed JWTs naming a session row. The signature keeps forgeries out without a
 * query; the row lets the server revoke a token (logout, deactivation, password change).
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(manager: EntityManager, userId: string): Promise<{ token: string; sessionId: string }> {
    const expiresAt = new Date(Date.now() + this.config.tokenTtlSeconds * 1000);
    const session = await manager.getRepository(SessionEntity).save({ userId, expiresAt, revokedAt: null });
    const token = await this.jwt.signAsync({ sub: userId, sid: session.id } satisfies TokenClaims, {
      expiresIn: this.config.tokenTtlSeconds,
    });
    return { token, sessionId: session.id };
  }

  /** The viewer for a bearer token, or null when it is malformed, expired, revoked or its user is inactive. */
  async viewerFor(token: string): Promise<Viewer | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    if (!UUID.test(claims.sid ?? '') || !UUID.test(claims.sub ?? '')) return null;
    const rows: { user_id: string; role: UserRole; organization_id: string }[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.role, u.organization_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [claims.sid, claims.sub],
    );
    const row = rows[0];
    if (!row) return null;
    return { userId: row.user_id, sessionId: claims.sid, role: row.role, organizationId: row.organization_id };
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Revokes every open session of a user, except `keepSessionId` when given. Returns how many. */
  async revokeAllFor(manager: EntityManager, userId: string, keepSessionId?: string): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    const result = await query.execute();
    return result.affected ?? 0;
  }
}
