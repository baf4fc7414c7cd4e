import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlLinks, htmlToText } from "../../../src/data/timelinejs/html-text";

// Pieces of markup joined at random. Text between them holds no "<" or "&": a "<" or "&lt;" that
// the author wrote is text and shown as such, so only markup that leaks could put "<" in output.
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "<script>",
        "</script>",
        "<SCRIPT src=//evil.example/x.js>",
        "<img src=x onerror=alert(1)>",
        "<IMG",
        "<img",
        "<scr",
        "ipt>",
        "<b>",
        "</b>",
        '<p class="lead">',
        "</p>",
        "<br/>",
        "<!--",
        "-->",
        "<!DOCTYPE html>",
        "<a href='",
        "<a href=",
        "javascript:alert(1)",
        "//example.org/x",
        "https://example.org/",
        "'>",
        '"',
        "'",
        ">",
        "/",
        "=",
        " < ",
        "&amp;",
        "&#39;",
        "&nbsp;",
        "&shy;",
        "<iframe>",
        "</iframe>",
        "<template>",
        "</template>",
        "<object>",
        "</object>",
        "script",
        "img",
        "\n",
      ),
      fc.string().filter((text) => !text.includes("<") && !text.includes("&")),
    ),
    { maxLength: 30 },
  )
  .map((pieces) => pieces.join(""));

describe("htmlToText", () => {
  it("turns a TimelineJS headline's <br/> into a line break", () => {
    expect(htmlToText("Whitney Houston<br/> 1963 - 2012")).toBe("Whitney Houston\n1963 - 2012");
  });

  it("drops inline tags and keeps their words", () => {
    expect(htmlToText("Euclid's <i>Optica</i>")).toBe("Euclid's Optica");
    expect(
      htmlToText(
        "flickr/<a href='http://www.flickr.com/photos/tm_10001/' target='_blank'>tm_10001</a>",
      ),
    ).toBe("flickr/tm_10001");
  });

  it("ends a paragraph with a blank line and other blocks with a line break", () => {
    const text =
      '<p class="lead">In this sample…</p><span class="tl-note">note</span>' +
      "<h2>Sources</h2><ul>\n  <li>One</li>\n  <li>Two</li>\n</ul><div>a</div><div>b</div>" +
      "<blockquote>Quoted</blockquote>— Author";
    expect(htmlToText(text)).toBe(
      "In this sample…\n\nnote\nSources\nOne\nTwo\na\nb\nQuoted\n— Author",
    );
  });

  it("collapses spaces within a line, trims lines and keeps at most one blank line", () => {
    expect(htmlToText("  Lots   of\t\tspace  \r\n\n\n\n  next  ")).toBe("Lots of space\n\nnext");
    expect(htmlToText("one<br><br><br><br>two")).toBe("one\n\ntwo");
    expect(htmlToText("<p>First</p>\n\n<p>Second</p>")).toBe("First\n\nSecond");
  });

  it("drops scripts, styles, templates, noscript, iframes and objects with their contents", () => {
    expect(htmlToText("<script>alert(1)</script>ok")).toBe("ok");
    expect(htmlToText('<SCRIPT>var s = "</scripts>";</ScRiPt >ok')).toBe("ok");
    expect(
      htmlToText(
        "<style>.tl-slide { color: red }</style><template><p>later</p></template>" +
          "<noscript>Enable JavaScript</noscript>" +
          '<iframe src="https://www.youtube.com/embed/x">no frames</iframe>' +
          '<object data="movie.swf"><object>inner</object>fallback</object>Visible',
      ),
    ).toBe("Visible");
    expect(htmlToText("before<script>alert(1)")).toBe("before");
  });

  it("drops tags that run code or show images", () => {
    expect(htmlToText("<img src=x onerror=alert(1)>")).toBe("");
    expect(htmlToText('<a href="javascript:alert(1)" onclick="alert(2)">click</a>')).toBe("click");
  });

  it("drops comments, doctypes and a tag cut off by the end of the input", () => {
    expect(htmlToText("before<!-- hidden <b>x</b> -->after")).toBe("beforeafter");
    expect(htmlToText("<!DOCTYPE html><!-->shown")).toBe("shown");
    expect(htmlToText('kept <a href="https://example.org')).toBe("kept");
  });

  it("reads a > inside a quoted attribute as part of the tag", () => {
    expect(htmlToText('<a title="a > b" href="https://example.org">Link</a>')).toBe("Link");
  });

  it("keeps a < that starts no tag", () => {
    expect(htmlToText("a < b and c > d")).toBe("a < b and c > d");
    expect(htmlToText("I <3 timelines")).toBe("I <3 timelines");
  });

  it("decodes numeric and common named entities", () => {
    expect(
      htmlToText("Sin&eacute;ad O&#39;Connor &amp; friends &#x27;live&#X27; &ndash; 1990&hellip;"),
    ).toBe("Sinéad O'Connor & friends 'live' – 1990…");
    expect(htmlToText("&Eacute;cole&nbsp;Normale, &laquo;&nbsp;oui&nbsp;&raquo; &copy; 2012")).toBe(
      "École Normale, « oui » © 2012",
    );
    expect(
      htmlToText("&ldquo;Stra&szlig;e&rdquo; &mdash; &euro;5 &times; 3 &deg;C &bull; &sect;2"),
    ).toBe("“Straße” — €5 × 3 °C • §2");
    expect(htmlToText("co&shy;operation")).toBe("cooperation");
  });

  it("turns invalid code points into U+FFFD and old Windows codes into their characters", () => {
    expect(htmlToText("&#0;&#x110000;&#xD800;&#99999999999999999999;")).toBe("\ufffd".repeat(4));
    expect(htmlToText("It&#146;s &#150; &#128;")).toBe("It’s – €");
  });

  it("leaves unknown entities and bare ampersands as written", () => {
    expect(htmlToText("AT&T &bogus; &amp &#; &#xZZ;")).toBe("AT&T &bogus; &amp &#; &#xZZ;");
  });

  it("shows escaped markup as text", () => {
    expect(htmlToText("&lt;b&gt;bold&lt;/b&gt; &amp;lt;")).toBe("<b>bold</b> &lt;");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (html) => {
        expect(typeof htmlToText(html)).toBe("string");
        expect(Array.isArray(htmlLinks(html))).toBe(true);
      }),
    );
  });

  it("lets no tag through, however the markup is cut and joined", () => {
    fc.assert(
      fc.property(markup, (html) => {
        const text = htmlToText(html);
        expect(text.toLowerCase()).not.toContain("<script");
        expect(text.toLowerCase()).not.toContain("<img");
        expect(text).not.toMatch(/<[a-z!?/]/i);
      }),
    );
  });

  it("stays fast on input built to make a parser backtrack", () => {
    const size = 50_000;
    expect(htmlToText("<a ".repeat(size))).toBe("");
    expect(htmlToText("1<".repeat(size))).toBe("1<".repeat(size));
    expect(htmlToText("<script>".repeat(size))).toBe("");
    expect(htmlToText("<template>".repeat(size) + "shown")).toBe("");
    expect(htmlToText("<!--".repeat(size))).toBe("");
    expect(htmlToText("&#".repeat(size))).toBe("&#".repeat(size));
    expect(htmlLinks('<a href="https://example.org">x'.repeat(size))).toHaveLength(size);
  });
});

describe("htmlLinks", () => {
  it("finds a citation's link and its text", () => {
    expect(
      htmlLinks(
        '<a href="https://en.wikipedia.org/wiki/Unidisc_Music">Unidisc Music</a>, ' +
          "flickr/<a href='http://www.flickr.com/photos/tm_10001/'>tm_10001</a>",
      ),
    ).toEqual([
      { text: "Unidisc Music", href: "https://en.wikipedia.org/wiki/Unidisc_Music" },
      { text: "tm_10001", href: "http://www.flickr.com/photos/tm_10001/" },
    ]);
  });

  it("reads unquoted, upper-case and entity-encoded hrefs", () => {
    expect(
      htmlLinks(
        "<a href=https://example.org/a?b=1&amp;c=2 target=_blank>one</a>" +
          '<A HREF="HTTPS://EXAMPLE.ORG/">two</A><a href="&#x68;ttps://example.org/3">three</a>',
      ),
    ).toEqual([
      { text: "one", href: "https://example.org/a?b=1&c=2" },
      { text: "two", href: "HTTPS://EXAMPLE.ORG/" },
      { text: "three", href: "https://example.org/3" },
    ]);
  });

  it("makes protocol-relative links https and names an empty link by its href", () => {
    expect(htmlLinks('<a href="//upload.wikimedia.org/x.jpg"></a>')).toEqual([
      { text: "https://upload.wikimedia.org/x.jpg", href: "https://upload.wikimedia.org/x.jpg" },
    ]);
  });

  it("skips links that are not http(s), however they are disguised", () => {
    const html =
      '<a href="javascript:alert(1)">a</a><a href=" jav&#x09;ascript:alert(1)">b</a>' +
      '<a href="data:text/html,hi">c</a><a href="/wiki/Relative">d</a>' +
      '<a href="mailto:news@example.org">e</a><a name="anchor">f</a><a href="http://">g</a>';
    expect(htmlLinks(html)).toEqual([]);
  });

  it("gives the plain text of a link's markup and ends a link left open", () => {
    expect(
      htmlLinks(
        '<a href="https://example.org"><b>Bold</b>  <i>link</i></a> <a href="https://x.org">rest',
      ),
    ).toEqual([
      { text: "Bold link", href: "https://example.org" },
      { text: "rest", href: "https://x.org" },
    ]);
  });

  it("ignores links inside scripts and objects", () => {
    expect(
      htmlLinks(
        "<script>document.write(\"<a href='https://evil.example'>x</a>\")</script>" +
          '<object><a href="https://hidden.example">y</a></object>',
      ),
    ).toEqual([]);
  });

  it("returns only http(s) links for any markup", () => {
    fc.assert(
      fc.property(markup, (html) => {
        for (const link of htmlLinks(html)) expect(link.href).toMatch(/^https?:\/\//i);
      }),
    );
  });
});
