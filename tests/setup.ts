import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// findBy… and waitFor wait for what the user would see, not for time: 1 s (the default) ran out
// while a loaded machine was still parsing a dataset, 5 s does not.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
