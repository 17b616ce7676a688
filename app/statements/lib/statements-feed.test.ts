import { describe, expect, it } from "vitest";
import type { StatementRow } from "./queries";
import { buildStatementsFeed, escapeXml } from "./statements-feed";

const row = (id: number, text: string, date: string | null): StatementRow => ({
  id,
  text,
  type: "direct",
  status: "unreviewed",
  date,
  saidOn: null,
  mention: null,
  version: 1,
  speaker: { id: 1, name: "A & B <Ltd>", slug: "a-b", role: null },
  source: { id: 1, title: 'The "risk"', outlet: "DW", url: null, publishedOn: date },
  tags: [{ slug: "nato", name: "NATO & allies", color: "#000" }],
  group: null,
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    expect(escapeXml("bell\u0007 and \uD800 lone")).toBe("bell and  lone");
    expect(escapeXml("emoji 😀 stays")).toBe("emoji 😀 stays");
  });
});

describe("buildStatementsFeed", () => {
  const xml = buildStatementsFeed({
    title: "OnRecord: statements by A & B",
    selfUrl: "https://x.test/feed.atom?speaker=a-b&tag=nato",
    pageUrl: "https://x.test/?speaker=a-b&tag=nato",
    origin: "https://x.test",
    rows: [row(2, "</summary><script>alert(1)</script>", "2022-01-20"), row(1, "Older", null)],
    now: new Date("2026-11-23T10:00:00.123Z"),
  });

  it("is an Atom feed with escaped text everywhere", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain("<title>OnRecord: statements by A &amp; B</title>");
    expect(xml).toContain('href="https://x.test/feed.atom?speaker=a-b&amp;tag=nato"');
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;/summary&gt;&lt;script&gt;");
    expect(xml).toContain('<category term="nato" label="NATO &amp; allies"/>');
  });

  it("dates the feed by its newest entry, and undated entries by the build time", () => {
    expect(xml).toContain("  <updated>2022-01-20T00:00:00Z</updated>");
    expect(xml).toContain("    <updated>2026-11-23T10:00:00Z</updated>");
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain("<id>https://x.test/statements/2</id>");
  });
});
