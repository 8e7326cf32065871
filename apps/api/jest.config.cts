module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // Unit specs beside the code, HTTP integration specs (real app, real database) under test/.
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  coverageDirectory: '../../coverage/apps/api',
  // Argon2 hashing and real databases: generous on a busy 2-core machine.
  testTimeout: 30_000,
};
