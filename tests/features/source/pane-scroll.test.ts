import { describe, expect, it } from "vitest";
import { paneScrollTarget } from "../../../src/features/source/pane-scroll";

const pane = { scrollTop: 0, clientHeight: 300, scrollHeight: 3000 };

describe("where the article's pane scrolls for the selected passage", () => {
  it("leaves a passage that is on screen where it is", () => {
    expect(paneScrollTarget(pane, { top: 120, height: 40 })).toBeUndefined();
  });

  it("brings a passage below the pane a third of the way down", () => {
    expect(paneScrollTarget(pane, { top: 1000, height: 40 })).toBe(900);
  });

  it("starts a passage taller than the pane at its top, and stops at the content's end", () => {
    expect(paneScrollTarget(pane, { top: 1000, height: 500 })).toBe(992);
    expect(paneScrollTarget(pane, { top: 2950, height: 20 })).toBe(2700);
  });

  // Seen in CI at 1920×1080: → pressed while the pane glided past the next passage left that
  // passage alone, and the glide carried it out of view.
  it("judges a passage where a glide in flight will leave it, not where it is mid-glide", () => {
    const midGlide = { ...pane, scrollTop: 600 };
    const passage = { top: 700, height: 40 };
    expect(paneScrollTarget(midGlide, passage)).toBeUndefined();
    expect(paneScrollTarget(midGlide, passage, 1500)).toBe(600);
  });

  it("lets a glide that will show the passage run on", () => {
    expect(paneScrollTarget({ ...pane, scrollTop: 600 }, { top: 1600, height: 40 }, 1500)).toBe(
      undefined,
    );
  });
});
