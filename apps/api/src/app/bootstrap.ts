import { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { installBodyParsing } from './common/body-parsing';
import { answerClientErrors, applyHttpTimeouts } from './common/http-timeouts';
import { completeDocument } from './common/openapi/complete-document';
import { UploadRouteGuard } from './common/upload-route.guard';
import { createValidationPipe } from './common/validation';
import { noStoreByDefault } from './common/no-store.middleware';
import { requestLogger } from './common/request-logger.middleware';
import { AppConfig } from './config/app.config';
import { serveWebApp } from './web-app/serve-web-app';

export const API_PREFIX = 'api';

/** For `NestFactory.create` and the tests alike: bodies are parsed by `installBodyParsing`, with explicit limits. */
export const NEST_APP_OPTIONS: NestApplicationOptions = { bodyParser: false };

/**
 * Content-Security-Policy the Angular app works under: no inline script (the server-rendered market page adds the
 * hashes of its own two, see `allowScripts`), inline styles for Material.
 */
const APP_CSP = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  },
};

/**
 * Everything the HTTP server needs besides the module graph, shared by `main.ts` and the
 * integration tests so that both exercise the same stack.
 */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  applyHttpTimeouts(app.getHttpServer(), config);
  answerClientErrors(app.getHttpServer());
  // Behind a reverse proxy the client address for login throttling comes from X-Forwarded-For.
  server.set('trust proxy', 'loopback');

  app.use(`/${API_PREFIX}/docs`, helmet({ contentSecurityPolicy: false }));
  app.use(
    helmet({
      // Upgrading requests to https only makes sense where TLS is terminated in front of the app.
      contentSecurityPolicy: {
        directives: {
          ...APP_CSP.directives,
          upgradeInsecureRequests: config.production ? [] : null,
        },
      },
      hsts: config.production,
    }),
  );
  app.use(cookieParser());
  app.use(requestLogger);
  app.use(`/${API_PREFIX}`, noStoreByDefault);
  installBodyParsing(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalGuards(new UploadRouteGuard());
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = completeDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('Markt der Möglichkeiten API').setVersion('1').build(),
    ),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document);

  serveWebApp(app, server, config.webDistDir);
}
