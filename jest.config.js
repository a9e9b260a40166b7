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
  // Stryker's sandboxes (npm run mutate) hold a copy of the project: not ours to run.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testTimeout: 60000,
  collectCoverageFrom: ['src/**/*.ts'],
  verbose: false
}
