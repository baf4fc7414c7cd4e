import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../render-app";

async function loaded() {
  await screen.findByRole("heading", { level: 1, name: "The fall of Kabul, August 2021" });
}

describe("a link the app cannot use in full", () => {
  it("says a dataset address is too long, shows no other dataset, and keeps the link", async () => {
    const data = `https://example.org/${"x".repeat(2980)}.json`;
    renderApp(`data=${data}&event=lavrov`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This dataset cannot be shown");
    expect(alert).toHaveTextContent(/dataset address \(data=\) is 3,005 characters long/);
    expect(screen.getByRole("link", { name: "Open the built-in timeline instead" })).toBeVisible();
    expect(new URLSearchParams(window.location.search).get("data")).toBe(data);
  });

  it("opens the rest of a link whose search is too long, says so, and keeps the dataset", async () => {
    renderApp(`country=RU&q=${"x".repeat(100_001)}`);
    await loaded();
    expect(screen.getByText(/search \(q=\) is 100,001 characters long/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe("?country=RU"));
  });

  it("names a repeated dataset and opens the first", async () => {
    renderApp("data=./datasets/kabul-2021.json&data=./other.json");
    await loaded();
    expect(screen.getByText(/more than one dataset; the first is opened/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe("?data=./datasets/kabul-2021.json"));
  });
});
