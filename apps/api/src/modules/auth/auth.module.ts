import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LinkThrottleService } from './link-throttle.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { RequestContextFactory } from './request-context.factory';
import { SessionCookie } from './session-cookie';
import { SessionService } from './session.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
    AuditModule,
    MailModule,
  ],
  providers: [
    PasswordHasher,
    SessionService,
    LoginThrottleService,
    LinkThrottleService,
    SessionCookie,
    AuthService,
    AuthResolver,
    RequestContextFactory,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordHasher, SessionService, SessionCookie, LinkThrottleService, LoginThrottleService, RequestContextFactory],
})
export class AuthModule {}
