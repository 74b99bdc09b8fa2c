/** Jest: ts-jest for TypeScript; jsdom only for the task pane's component tests (per-file docblock). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock -> office-addin-manifest -> strip-bom@5 is ESM-only and breaks jest;
    // the mock needs only the OfficeApp enum from it (see ../shared/notes/toolchain.md).
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  testTimeout: 60000,
};
