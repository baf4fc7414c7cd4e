import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DatasetProgress } from "../../src/app/DatasetProgress";
import { reportReceived, reportStarts, reportStep } from "../../src/data/load-progress";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("the loading screen of a large dataset", () => {
  it("draws when its events happen as soon as their start times are read, beside the step under way", async () => {
    const url = "./datasets/decades.json";
    reportReceived(url, 0);
    render(<DatasetProgress url={url} />);
    expect(screen.queryByRole("figure")).not.toBeInTheDocument();

    act(() => {
      reportReceived(url, 42_600_000, 42_600_000);
      reportStep(url, "parse");
      reportStarts(url, Float64Array.of(day("2001-01-01"), day("2009-06-30"), day("2021-12-31")));
      reportStep(url, "validate");
    });
    expect(
      await screen.findByRole("figure", { name: "3 events, from 2001 to 2021" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Checking the events…")).toBeInTheDocument();
  });

  it("names the days of a dataset that spans a few weeks, and forgets the starts when it is fetched again", async () => {
    const url = "./datasets/august.json";
    reportReceived(url, 0);
    render(<DatasetProgress url={url} />);
    act(() => reportStarts(url, Float64Array.of(day("2021-08-15"), day("2021-08-19"))));
    expect(
      await screen.findByRole("figure", { name: "2 events, from 15 Aug 2021 to 19 Aug 2021" }),
    ).toBeInTheDocument();

    act(() => reportReceived(url, 0));
    expect(screen.queryByRole("figure")).not.toBeInTheDocument();
  });

  it("says the starts are those read so far while a streamed export arrives", async () => {
    const url = "./datasets/acled.csv";
    reportReceived(url, 0);
    render(<DatasetProgress url={url} />);
    act(() => reportStarts(url, Float64Array.of(day("2018-01-01"), day("2024-12-31")), true));
    expect(
      await screen.findByRole("figure", { name: "2 events so far, from 2018 to 2024" }),
    ).toBeInTheDocument();
    act(() =>
      reportStarts(url, Float64Array.of(day("2018-01-01"), day("2020-01-01"), day("2024-12-31"))),
    );
    expect(
      await screen.findByRole("figure", { name: "3 events, from 2018 to 2024" }),
    ).toBeInTheDocument();
  });

  it("keeps the starts and the step while more of a streamed export arrives, and says how much of it", async () => {
    const url = "./datasets/streaming.csv";
    reportReceived(url, 0);
    render(<DatasetProgress url={url} />);
    act(() => {
      reportReceived(url, 1_000_000, 600_000_000);
      reportStep(url, "parse");
      reportStarts(url, Float64Array.of(day("2018-01-01"), day("2024-12-31")), true);
      reportReceived(url, 212_400_000, 600_000_000);
    });
    expect(
      await screen.findByRole("figure", { name: "2 events so far, from 2018 to 2024" }),
    ).toBeInTheDocument();
    expect(await screen.findByText("212.4 MB of 600 MB received; reading it…")).toBeInTheDocument();
  });
});
