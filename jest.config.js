/** Jest runs TypeScript through swc (no type check here: `npm run typecheck` does that). */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  // The dataset and scale tests take seconds on a quiet machine; CI's may be busy.
  testTimeout: 60000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  // A property's maxLength is the lengths it draws (fast-check would stop at ~10).
  setupFiles: ['<rootDir>/test/support/fast-check-sizes.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // arquero and flechette ship ES modules only: let swc turn them into CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(arquero|@uwdata)/)'],
};
