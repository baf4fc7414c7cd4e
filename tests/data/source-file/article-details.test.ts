// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import {
  pageAddress,
  publishedDate,
  savedFromAddress,
  timeElementDate,
} from "../../../src/data/source-file/article-details";

const page = (head: string, body = "") =>
  new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    "text/html",
  );

describe("pageAddress", () => {
  it("takes the canonical link first, then og:url, then the address it was saved from", () => {
    const canonical = '<link rel="canonical" href="https://www.presstv.ir/Detail/1">';
    const og = '<meta property="og:url" content="https://www.presstv.ir/Detail/2">';
    expect(pageAddress(page(canonical + og))).toBe("https://www.presstv.ir/Detail/1");
    expect(pageAddress(page(og))).toBe("https://www.presstv.ir/Detail/2");
    expect(pageAddress(page(""), "https://www.presstv.ir/Detail/3")).toBe(
      "https://www.presstv.ir/Detail/3",
    );
    expect(pageAddress(page(""))).toBeUndefined();
  });

  it("takes only http(s) addresses", () => {
    expect(pageAddress(page('<link rel="canonical" href="javascript:alert(1)">'))).toBeUndefined();
    expect(pageAddress(page('<link rel="canonical" href="/Detail/4">'))).toBeUndefined();
    expect(
      pageAddress(
        page('<link rel="canonical" href="file:///home/me/page.html">'),
        "https://a.example/x",
      ),
    ).toBe("https://a.example/x");
  });
});

describe("publishedDate", () => {
  it("gives the calendar date the page states, in its own time zone", () => {
    expect(publishedDate("2021-08-19T23:30:00+04:30")).toBe("2021-08-19");
    expect(publishedDate(" 2021-08-19 ")).toBe("2021-08-19");
    expect(publishedDate("2021-08-19 14:32")).toBe("2021-08-19");
  });

  it("gives nothing for a date that is not one", () => {
    expect(publishedDate("2021-02-30")).toBeUndefined();
    expect(publishedDate("Thursday, 19 August 2021")).toBeUndefined();
    expect(publishedDate("2021-08-190")).toBeUndefined();
    expect(publishedDate(undefined)).toBeUndefined();
  });
});

describe("timeElementDate and savedFromAddress", () => {
  it("reads the article's <time datetime>", () => {
    expect(
      timeElementDate(page("", '<article><time datetime="2021-08-19">Thursday</time></article>')),
    ).toBe("2021-08-19");
    expect(
      timeElementDate(page("", '<aside><time datetime="2021-08-17">Tuesday</time></aside>')),
    ).toBeUndefined();
  });

  it("reads the address a browser notes in a page it saved", () => {
    expect(
      savedFromAddress(
        "<!DOCTYPE html>\n<!-- saved from url=(0027)https://www.presstv.ir/x/1 -->\n<html>",
      ),
    ).toBe("https://www.presstv.ir/x/1");
    expect(savedFromAddress("<html>")).toBeUndefined();
  });
});
