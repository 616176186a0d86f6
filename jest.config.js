// ESM Jest: sources import './x.js', which maps back to the .ts file under test.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // e2e tests spawn the built CLI; two workers match the machines' two cores.
  maxWorkers: 2,
};
