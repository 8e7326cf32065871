import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, ProviderToken } from '@angular/core';
import { TestBed } from '@angular/core/testing';

/**
 * For specs: a fresh test module whose HttpClient talks to a fake backend, with the service under test and that
 * backend: `beforeEach(() => ({ service, http } = withFakeBackend(AuthService)));`
 */
export function withFakeBackend<T>(
  service: ProviderToken<T>,
  providers: (Provider | EnvironmentProviders)[] = [],
): { service: T; http: HttpTestingController } {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ...providers] });
  return { service: TestBed.inject(service), http: TestBed.inject(HttpTestingController) };
}
