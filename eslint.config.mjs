// Lint for `npm run lint` (office-addin-lint runs ESLint 9 with this flat config when present).
// Microsoft's add-in rules (eslint-plugin-office-addins) for every TypeScript file, React's for the
// pane, and the project's layer rule: imports point one way (core ← excel ← taskpane/commands).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin's recommended TypeScript block; reused for .tsx, which its `files` leaves out.
const base = officeAddins.configs.recommended.find((c) => c.plugins && c.plugins["office-addins"]);

const NODE_BUILTINS = ["node:*", "fs", "fs/*", "path", "os", "child_process", "crypto", "url", "util", "stream", "zlib", "http", "https", "buffer", "process", "worker_threads", "module", "readline", "events"];
const UI = ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"];
const OFFICE = ["office-addin-*", "@microsoft/office-js*", "@types/office-js"];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

function restrict(groups, message) {
  return ["error", { patterns: [{ group: groups, message }] }];
}

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeAddins.configs.react,
  {
    ...base,
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...base.rules,
      // The three Office rules the project relies on most, as errors.
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-empty-load": "error",
      // TypeScript checks names; ESLint's no-undef does not know the DOM or Office's ambient types.
      "no-undef": "off",
      // Formatting is not lint's business here (the team's line width is wider than Prettier's).
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A zod schema and its inferred type share a name (`IndicatorSpec`): valid TypeScript.
      "no-redeclare": "off",
    },
  },
  {
    // Scripts and configs (bench, manifest check, e2e runner, the office.js stand-in): modern JS.
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module" },
    rules: { "no-undef": "off", "prettier/prettier": "off" },
  },
  {
    // JSON forbids raw U+0000–U+001F in strings, so the JSON locator's string pattern must name them.
    files: ["src/core/schema/json.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    files: ["**/*.tsx"],
    rules: { "react/react-in-jsx-scope": "off", "react/prop-types": "off" },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": restrict(
        [...layer("excel"), ...layer("taskpane"), ...layer("commands"), ...layer("cli"), ...UI, ...OFFICE, ...NODE_BUILTINS],
        "src/core is pure TypeScript: no Excel, pane, ribbon, CLI, React, Office or Node imports.",
      ),
      "no-restricted-globals": ["error", "Office", "Excel", "OfficeExtension", "window", "document", "Buffer", "process", "require", "__dirname", "__filename"],
    },
  },
  {
    files: ["src/excel/**"],
    rules: {
      "no-restricted-imports": restrict(
        [...layer("taskpane"), ...layer("commands"), ...layer("cli"), ...UI, ...NODE_BUILTINS],
        "src/excel imports only src/core (and Office's globals).",
      ),
    },
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": restrict([...layer("commands"), ...layer("cli"), ...NODE_BUILTINS], "The pane calls src/excel and src/core only."),
    },
  },
  {
    files: ["src/commands/**"],
    rules: {
      "no-restricted-imports": restrict([...layer("taskpane"), ...layer("cli"), ...UI, ...NODE_BUILTINS], "The ribbon calls src/excel and src/core only."),
    },
  },
  {
    files: ["src/cli/**"],
    rules: {
      // (src/cli/commands is the CLI's own folder, so src/commands is left to test/layers.test.ts.)
      "no-restricted-imports": restrict([...layer("excel"), ...layer("taskpane"), ...UI], "The CLI uses src/core, never Office or the pane."),
    },
  },
];
