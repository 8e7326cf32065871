import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { PasswordResetService } from './password-reset.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CsrfMiddleware } from './csrf.middleware';
import { LoginAttempt } from './login-attempt.entity';
import { LoginThrottleService } from './login-throttle.service';
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
    TokenService,
    CsrfMiddleware,
    SessionMiddleware,
    SessionCookies,
  ],
  exports: [SessionService, SessionCookies],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware, CsrfMiddleware).forRoutes({ path: '*path', method: RequestMethod.ALL });
  }
}
