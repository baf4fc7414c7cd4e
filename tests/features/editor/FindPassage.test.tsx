import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { FindPassage } from "../../../src/features/editor/FindPassage";

// jsdom gives import.meta.url another scheme: the article is read from the repository's root.
const article = readFileSync(
  "public/sources/presstv-2021-08-19-lavrov-afghanistan-dialogue.txt",
  "utf8",
);
const TITLE = "Russia foreign minister calls for nationwide dialogue";

function renderFind(selectedEventTitle?: string, text = article) {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  render(
    <FindPassage
      text={text}
      sourceTitle="the Press TV article"
      selectedEventTitle={selectedEventTitle}
      onChoose={onChoose}
      onClose={onClose}
    />,
  );
  return { onChoose, onClose, user: userEvent.setup() };
}

const places = () => screen.getByRole("list", { name: "Places found" });
/** Waits until the live status says `words` (results follow the typing a render later). */
const says = (words: string) =>
  waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(words));

describe("Find a passage", () => {
  it("opens with the words box focused, beside the article rather than over it", () => {
    renderFind();
    expect(screen.getByRole("region", { name: "Find a passage" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Words to find")).toHaveFocus();
  });

  it("finds “Moscow format” with straight, curly and no quotes, each with its words marked", async () => {
    const { user } = renderFind();
    await user.type(screen.getByLabelText("Words to find"), "Moscow format");
    await says("3 places");
    const items = within(places()).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(within(items[0] as HTMLElement).getByText("Moscow format")).toBeInTheDocument();
    expect(items[0]).toHaveTextContent(/resume "Moscow format" of talks/);
    expect(items[1]).toHaveTextContent(/participated in the Moscow format negotiations/);
    expect(items[2]).toHaveTextContent(/the “Moscow format” consultations/);
  });

  it("names which place each button acts on, and gives its offsets", async () => {
    const { onChoose, user } = renderFind("Lavrov's press conference");
    await user.click(screen.getByLabelText("Words to find"));
    await user.paste("resume “Moscow format”");
    await says("1 place");
    await user.click(
      screen.getByRole("button", { name: "New event from this quote, place 1 of 1" }),
    );
    const start = article.indexOf(`resume "Moscow format"`);
    const end = start + `resume "Moscow format"`.length;
    expect(onChoose).toHaveBeenLastCalledWith({ start, end }, "new-event");
    await user.click(
      screen.getByRole("button", {
        name: "Add this quote to Lavrov's press conference, place 1 of 1",
      }),
    );
    expect(onChoose).toHaveBeenLastCalledWith({ start, end }, "add-to-event");
  });

  it("offers no add button without a selected event", async () => {
    const { user } = renderFind();
    await user.type(screen.getByLabelText("Words to find"), "Hua Chunying");
    await says("1 place");
    expect(screen.queryByRole("button", { name: /Add this quote/ })).not.toBeInTheDocument();
  });

  it("shortens a long event title on the button but names it in full", async () => {
    const { user } = renderFind(`${TITLE} after the Taliban takeover`);
    await user.type(screen.getByLabelText("Words to find"), "Najla Mangoush");
    const add = await screen.findByRole("button", {
      name: `Add this quote to ${TITLE} after the Taliban takeover, place 1 of 1`,
    });
    expect(add).toHaveTextContent("Add this quote to Russia foreign minister calls for natio…");
  });

  it("says when nothing has the words, and when case was ignored", async () => {
    const { user } = renderFind();
    const box = screen.getByLabelText("Words to find");
    await user.type(box, "zebra crossing");
    await says("No place in the Press TV article has these words");
    expect(screen.queryByRole("list", { name: "Places found" })).not.toBeInTheDocument();
    await user.clear(box);
    await user.type(box, "MOSCOW FORMAT");
    await says("Found ignoring case: 3 places");
  });

  it("lists the first 50 places of many and says how many there are", async () => {
    const { user } = renderFind(undefined, "word ".repeat(120));
    await user.type(screen.getByLabelText("Words to find"), "word");
    await says("120 places, the first 50 listed");
    expect(within(places()).getAllByRole("listitem")).toHaveLength(50);
    expect(
      screen.getByRole("button", { name: "New event from this quote, place 50 of 120" }),
    ).toBeInTheDocument();
  });

  it("moves focus to the first place on Find, and on Ctrl+Enter", async () => {
    const { user } = renderFind();
    const box = screen.getByLabelText("Words to find");
    await user.type(box, "Taliban");
    await user.click(screen.getByRole("button", { name: "Find" }));
    const first = await screen.findByRole("button", {
      name: /^New event from this quote, place 1 of/,
    });
    await vi.waitFor(() => expect(first).toHaveFocus());
    await user.click(box);
    await user.keyboard("{Control>}{Enter}{/Control}");
    await vi.waitFor(() => expect(first).toHaveFocus());
    expect(box).toHaveValue("Taliban");
  });

  it("closes with the Close button or Escape", async () => {
    const { onClose, user } = renderFind();
    await user.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledOnce();
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
