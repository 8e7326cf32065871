import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { PasswordResetService } from './password-reset.service';
import { AuthController } from './auth.controller';
import { AttemptCounter } from './attempt-counter';
import { AuthService } from './auth.service';
import { CsrfMiddleware } from './csrf.middleware';
import { EmailVerificationService } from './email-verification.service';
import { LoginAttempt } from './login-attempt.entity';
import { LoginThrottleService } from './login-throttle.service';
import { RequestThrottle } from './request-throttle.service';
import { SessionCookies } from './session-cookies';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';
import { TokenService } from './token.service';

/** Login, sessions and the request-level protections (CSRF, session lookup) that depend on them. */
@Module({
  imports: [UsersModule, NotificationsModule, TypeOrmModule.forFeature([LoginAttempt])],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    PasswordResetService,
    LoginThrottleService,
    AttemptCounter,
    RequestThrottle,
    EmailVerificationService,
    TokenService,
    CsrfMiddleware,
    SessionMiddleware,
    SessionCookies,
  ],
  exports: [SessionService, SessionCookies, RequestThrottle, EmailVerificationService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware, CsrfMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
