import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

const FEATURES = ["timeline", "details", "source", "filters", "list", "share", "files", "editor"];

// The layers of STYLE.md: domain ← data ← features ← app; features never import each other.
const layerRules = [
  {
    files: ["src/domain/**"],
    patterns: [
      "react",
      "react-dom",
      "@tanstack/*",
      "**/data/**",
      "**/features/**",
      "**/app/**",
      "**/ui/**",
    ],
    message: "src/domain is pure: no React, no data fetching, no features or app.",
  },
  {
    files: ["src/data/**"],
    patterns: ["react", "react-dom", "**/features/**", "**/app/**", "**/ui/**"],
    message: "src/data imports only domain: no React (the app subscribes to its loads).",
  },
  {
    files: ["src/ui/**"],
    patterns: ["**/features/**", "**/app/**", "**/data/**"],
    message: "src/ui is shared and imports no feature, data or app.",
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    patterns: [
      "**/app/**",
      ...FEATURES.filter((other) => other !== feature).map((other) => `**/features/${other}/**`),
      ...FEATURES.filter((other) => other !== feature).map((other) => `../${other}/**`),
    ],
    message: "Features never import each other or app; compose them in src/app.",
  })),
];

export default tseslint.config(
  {
    ignores: [
      "dist",
      "node_modules",
      "coverage",
      "test-results",
      "playwright-report",
      // The benchmark's generated and scratch files (gitignored).
      "bench/.data",
      "bench/.floor",
      "bench/.sources",
      "bench/.tmp",
      "bench/results",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    // Playwright fixtures call `use`, which is not React's.
    ignores: ["tests/e2e/**"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ["src/**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["src/**/*.tsx"],
    // A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1).
    rules: { "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["tabpanel", "region"] }] },
  },
  ...layerRules.map(({ files, patterns, message }) => ({
    files,
    rules: { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }] },
  })),
  {
    files: ["tests/**/*.test.tsx"],
    ...testingLibrary.configs["flat/react"],
  },
);
