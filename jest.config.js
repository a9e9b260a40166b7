/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  globalSetup: './__tests__/setup/global-setup.js',
  globalTeardown: './__tests__/setup/global-teardown.js',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1'
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.check.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  collectCoverageFrom: ['src/**/*.ts'],
  verbose: false
}
