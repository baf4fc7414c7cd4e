import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, useMemo } from "react";
import { describe, expect, it, vi } from "vitest";
import { LoadStoreProvider, useLoad } from "../../src/app/use-load";
import { createLoadStore, type Network } from "../../src/data/load-store";

const online: Network = { isOnline: () => true, subscribe: () => () => undefined };

/** A load answered by the test: each try waits for `answer`. */
function aLoad() {
  let tries = 0;
  let answer: ((text: string) => void) | undefined;
  let fail: ((error: Error) => void) | undefined;
  const load = () => {
    tries++;
    return new Promise<string>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  };
  return {
    load,
    tries: () => tries,
    answer: (text: string) => act(() => answer?.(text)),
    fail: (message: string) => act(() => fail?.(new Error(message))),
  };
}

function Greeting({ load }: { load: () => Promise<string> }) {
  const options = useMemo(() => ({ key: "greeting", load }), [load]);
  const { state, refetch } = useLoad(options);
  if (state.status === "pending") return <p>Loading…</p>;
  if (state.status === "error") {
    return (
      <p>
        {state.error.message}{" "}
        <button type="button" onClick={refetch}>
          Retry
        </button>
      </p>
    );
  }
  return <p>{state.data}</p>;
}

function renderGreeting(load: () => Promise<string>) {
  return render(
    <StrictMode>
      <LoadStoreProvider value={createLoadStore(online)}>
        <Greeting load={load} />
      </LoadStoreProvider>
    </StrictMode>,
  );
}

describe("useLoad", () => {
  it("shows loading, then the value, asking once even under StrictMode", async () => {
    const greeting = aLoad();
    renderGreeting(greeting.load);
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    await greeting.answer("Hello");
    expect(screen.getByText("Hello")).toBeInTheDocument();
    expect(greeting.tries()).toBe(1);
  });

  it("shows why a load failed, and Retry loads it again", async () => {
    const greeting = aLoad();
    renderGreeting(greeting.load);
    await greeting.fail("The server is down.");
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    await greeting.answer("Hello again");
    expect(screen.getByText("Hello again")).toBeInTheDocument();
  });

  it("says what is missing when the app has no store of loads", () => {
    // React reports the error too; the test checks the message, not the console.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<Greeting load={() => Promise.resolve("")} />)).toThrow(
      "The app needs a LoadStoreProvider around it.",
    );
  });
});
