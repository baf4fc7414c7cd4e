import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { DraftEdit } from "../../../src/data/draft/draft-document";
import { SourceForm, type SourceFileContents } from "../../../src/features/editor/SourceForm";
import { aDraftSource } from "./form-fixtures";

const noop = () => {};
const article = () => new File(["<h1>Lavrov</h1>"], "lavrov.html", { type: "text/html" });

/** The add form; gives its onAdd. */
function showAddForm(readFile: (file: File) => Promise<SourceFileContents>) {
  const onAdd = vi.fn();
  render(
    <SourceForm
      mode="add"
      problems={[]}
      readFile={readFile}
      onAdd={onAdd}
      onEdit={noop}
      onCancel={noop}
    />,
  );
  return onAdd;
}

describe("SourceForm, adding", () => {
  it("keeps Add source disabled, saying why, until there is text and a publication date", async () => {
    const user = userEvent.setup();
    const onAdd = showAddForm(vi.fn());
    const add = screen.getByRole("button", { name: "Add source" });
    expect(add).toBeDisabled();
    expect(add).toHaveAccessibleDescription(
      "To add the source, paste the source text or open a file and give the publication date.",
    );
    await user.click(screen.getByLabelText("Source text"));
    // Kept exactly: curly quotes, doubled spaces and the trailing line end. (A textarea itself
    // gives \r\n as \n, whatever the form does.)
    await user.paste("“Lavrov”  said on Thursday…\n");
    expect(add).toHaveAccessibleDescription("To add the source, give the publication date.");
    expect(screen.getByLabelText("Publication date")).toHaveAccessibleDescription(
      "Weekdays in the text are counted from it.",
    );
    await user.type(screen.getByLabelText("Publication date"), "2021-08-19");
    await user.type(screen.getByLabelText("Title"), "Lavrov calls for dialogue");
    expect(add).toBeEnabled();
    await user.click(add);
    expect(onAdd).toHaveBeenCalledWith({
      title: "Lavrov calls for dialogue",
      publisher: "",
      url: "",
      publishedAt: "2021-08-19",
      text: "“Lavrov”  said on Thursday…\n",
    });
  });

  it("says beside the address when it is not http(s), and will not add until it is mended", async () => {
    const user = userEvent.setup();
    showAddForm(vi.fn());
    const address = screen.getByLabelText("Address");
    await user.type(address, "javascript:alert(1)");
    expect(address).toHaveAttribute("aria-invalid", "true");
    expect(address).toHaveAccessibleDescription(/starts with https:\/\/ or http:\/\//);
    expect(screen.getByRole("button", { name: "Add source" })).toHaveAccessibleDescription(
      /mend the address/,
    );
    await user.clear(address);
    await user.type(address, "https://www.presstv.ir/Detail/2021/08/19/664764/");
    expect(address).not.toHaveAttribute("aria-invalid");
  });

  it("reads an opened file: its text, its details into empty fields, and its notes", async () => {
    const user = userEvent.setup();
    const readFile = vi.fn(async () => ({
      text: "Lavrov said on Thursday…",
      format: "html" as const,
      title: "From the file",
      publisher: "Press TV",
      publishedAt: "2021-08-19",
      notes: ["Scripts and styles were left out."],
    }));
    const onAdd = showAddForm(readFile);
    await user.type(screen.getByLabelText("Title"), "Typed title");
    await user.upload(screen.getByLabelText("Source file"), article());
    expect(await screen.findByText("Scripts and styles were left out.")).toBeVisible();
    expect(screen.getByText("Read “lavrov.html” as a web page (HTML).")).toBeVisible();
    expect(readFile).toHaveBeenCalledOnce();
    expect(screen.getByLabelText("Source text")).toHaveValue("Lavrov said on Thursday…");
    expect(screen.getByLabelText("Title")).toHaveValue("Typed title");
    expect(screen.getByLabelText("Publisher")).toHaveValue("Press TV");
    expect(screen.getByLabelText("Publication date")).toHaveValue("2021-08-19");
    await user.click(screen.getByRole("button", { name: "Add source" }));
    expect(onAdd).toHaveBeenCalledWith(
      expect.objectContaining({ title: "Typed title", publisher: "Press TV" }),
    );
  });

  it("reads a file dropped on the form", async () => {
    const readFile = vi.fn(async () => ({
      text: "Dropped words",
      format: "text" as const,
      notes: [],
    }));
    showAddForm(readFile);
    const form = screen.getByRole("form", { name: "Add a source" });
    fireEvent.drop(form, { dataTransfer: { files: [article()], types: ["Files"] } });
    expect(await screen.findByText("Read “lavrov.html” as plain text.")).toBeVisible();
    expect(screen.getByLabelText("Source text")).toHaveValue("Dropped words");
  });

  it("opens the file picker from a real button", async () => {
    const user = userEvent.setup();
    showAddForm(vi.fn());
    const picker = screen.getByLabelText("Source file");
    const click = vi.spyOn(picker, "click");
    await user.click(screen.getByRole("button", { name: "Open a file…" }));
    expect(click).toHaveBeenCalledOnce();
    expect(picker).toHaveAttribute("accept", ".txt,.md,.html,.htm");
  });

  it("says why a file could not be read and keeps what was typed", async () => {
    const user = userEvent.setup();
    showAddForm(vi.fn(async () => Promise.reject(new Error("it is not text (a PDF?)"))));
    await user.type(screen.getByLabelText("Source text"), "My own words");
    await user.upload(screen.getByLabelText("Source file"), article());
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "“lavrov.html” could not be read: it is not text (a PDF?) What you typed is kept.",
    );
    expect(screen.getByLabelText("Source text")).toHaveValue("My own words");
  });
});

describe("SourceForm, editing", () => {
  const renderEdit = (over: { quoteCount?: number; onDelete?: () => void } = {}) => {
    const sent: { edit: DraftEdit; coalesce?: string }[] = [];
    const props = {
      mode: "edit" as const,
      problems: [{ path: "sources[1].publisher", message: "Name the publisher" }],
      sourceIndex: 1,
      readFile: vi.fn(),
      onAdd: noop,
      onEdit: (edit: DraftEdit, coalesce?: string) => sent.push({ edit, coalesce }),
      onCancel: noop,
      ...over,
    };
    const view = render(<SourceForm {...props} source={aDraftSource()} />);
    return { sent, props, view };
  };

  it("sends each change as an update-source edit, coalesced per field", async () => {
    const user = userEvent.setup();
    const { sent } = renderEdit();
    await user.type(screen.getByLabelText("Title"), "!");
    expect(sent).toEqual([
      {
        edit: {
          type: "update-source",
          sourceId: "presstv",
          changes: { title: `${aDraftSource().title}!` },
        },
        coalesce: "source:presstv:title",
      },
    ]);
  });

  it("follows its props, shows the draft's problems, and keeps the text as it is", () => {
    const { props, view } = renderEdit({ quoteCount: 3 });
    view.rerender(<SourceForm {...props} source={aDraftSource({ title: "After undo" })} />);
    expect(screen.getByLabelText("Title")).toHaveValue("After undo");
    expect(screen.getByLabelText("Publisher")).toHaveAccessibleDescription("Name the publisher");
    const text = screen.getByLabelText("Source text");
    expect(text).toHaveAttribute("readonly");
    expect(text).toHaveAccessibleDescription(/Quotations point into this text \(3\)/);
    expect(screen.queryByRole("button", { name: "Add source" })).not.toBeInTheDocument();
  });

  it("asks before deleting, naming how many quotations go with the source", async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    renderEdit({ quoteCount: 3, onDelete });
    await user.click(screen.getByRole("button", { name: "Delete source" }));
    const ask = screen.getByRole("group", { name: "Delete this source and its 3 quotations?" });
    await user.click(within(ask).getByRole("button", { name: "Yes, delete source" }));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
