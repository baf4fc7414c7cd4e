import { describe, expect, it } from "vitest";
import { fullAppAddress } from "../../../src/app/embed/full-app-address";

describe("fullAppAddress", () => {
  it("keeps the whole view and leaves out only embed", () => {
    expect(
      fullAppAddress(
        "https://news.example/timeline/?event=moscow-format-begins&country=CN,RU&from=2021-08-14&to=2021-08-20&embed=1&utm_source=x",
      ),
    ).toBe(
      "https://news.example/timeline/?event=moscow-format-begins&country=CN,RU&from=2021-08-14&to=2021-08-20&utm_source=x",
    );
  });

  it("gives the bare page for an embed of the default view", () => {
    expect(fullAppAddress("https://news.example/timeline/?embed=1")).toBe(
      "https://news.example/timeline/",
    );
    expect(fullAppAddress("https://news.example/timeline/")).toBe("https://news.example/timeline/");
  });

  it("keeps another dataset's address", () => {
    expect(fullAppAddress("http://127.0.0.1:4192/?data=./datasets/other.json&embed=1")).toBe(
      "http://127.0.0.1:4192/?data=./datasets/other.json",
    );
  });
});
