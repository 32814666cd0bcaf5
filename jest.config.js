/** @type {import('jest').Config} */
// The Prisma client lazily import()s its WASM query compiler; CommonJS output turns that into require().
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node', isolatedModules: true } }],
  // Prisma's WASM schema engine glue is an ES module; jest's module registry cannot require() ESM on Node 20.
  'schema_engine_bg\\.js$': ['ts-jest', { tsconfig: { module: 'commonjs', allowJs: true, isolatedModules: true } }],
};
const transformIgnorePatterns = ['/node_modules/(?!@prisma/schema-engine-wasm/)'];
module.exports = {
  // Integration tests start servers and databases; a project-level testTimeout is not honoured.
  testTimeout: 120000,
  projects: [
    { displayName: 'unit', testEnvironment: 'node', roots: ['<rootDir>/tests/unit'], transform },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/integration'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
