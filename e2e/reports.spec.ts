import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "./support/parse-csv";

const canonicalQuery = (search: string) => [...new URLSearchParams(search).entries()].sort().join("&");

/** Statement ids of the table rows, once they are the server's answer for the URL in the address bar. */
async function tableIds(page: Page): Promise<number[]> {
  await expect
    .poll(async () => {
      const view = await page.getByTestId("statements-table-container").getAttribute("data-view");
      return canonicalQuery(view ?? "") === canonicalQuery(new URL(page.url()).search);
    })
    .toBe(true);
  const hrefs = await page
    .getByTestId("statement-row")
    .locator("td:first-child a[href^='/statements/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => Number(href.split("/").pop()));
}

test.describe("speakers, sources and reports", () => {
  test("opens a speaker from the table, then a source, and sees the statements highlighted", async ({ page }) => {
    await page.goto("/?q=risk+conflict+real");
    await page.getByTestId("statement-row").first().getByRole("link", { name: "Jens Stoltenberg" }).click();
    await expect(page).toHaveURL(/\/speakers\/jens-stoltenberg/);
    await expect(page.getByRole("heading", { level: 1, name: "Jens Stoltenberg" })).toBeVisible();
    await expect(page).toHaveTitle("Jens Stoltenberg · OnRecord");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Jens Stoltenberg/);
    await expect(page.getByTestId("speaker-timeline")).toBeVisible();
    await expect(page.getByTestId("speaker-aliases")).toContainText("Stoltenberg");
    const speakers = await page.getByTestId("statement-row").locator("td:nth-child(2) div.font-medium").allInnerTexts();
    expect(speakers.length).toBeGreaterThan(1);
    for (const name of speakers) expect(name).toBe("Jens Stoltenberg");

    const sourceLink = page.getByTestId("statement-row").first().locator("td a[href^='/sources/']");
    const sourceTitle = await sourceLink.innerText();
    await sourceLink.click();
    await expect(page).toHaveURL(/\/sources\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(sourceTitle);
    const highlights = page.getByTestId("statement-highlight");
    expect(await highlights.count()).toBeGreaterThan(2);
    await expect(highlights.first().locator("a")).toHaveAttribute("href", /^\/statements\/\d+$/);
    await expect(page.getByTestId("margin-speaker").filter({ hasText: "Jens Stoltenberg" }).first()).toBeVisible();
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  });

  test("lists speakers and sources, searchable", async ({ page }) => {
    await page.goto("/speakers");
    await expect(page).toHaveTitle("Speakers · OnRecord");
    await page.getByLabel("Name or alias").fill("stoltenberg");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=stoltenberg/);
    await expect(page.getByTestId("speaker-row")).toHaveCount(1);
    await expect(page.getByTestId("speaker-row")).toContainText(/Jens Stoltenberg\s*person/);

    await page.goto("/sources");
    await expect(page.getByTestId("source-row")).toHaveCount(5);
    await expect(page.getByTestId("source-row").filter({ hasText: "DW" })).toHaveCount(1);
  });

  test("collapses the same statement reported by several sources into one row", async ({ page }) => {
    await page.goto("/?q=risk+conflict+real&speaker=jens-stoltenberg");
    const before = await tableIds(page);
    await page.getByLabel("One row per statement across sources").check();
    await expect(page).toHaveURL(/collapse=1/);
    await expect(page.getByTestId("reported-by").first()).toHaveText(/^reported by [3-9] sources, first on \d{4}-\d{2}-\d{2}$/);
    const after = await tableIds(page);
    expect(after.length).toBeLessThanOrEqual(before.length - 2);
    for (const id of after) expect(before).toContain(id);
  });

  test("a statement page lists the other reports of the same statement with a word diff", async ({ page }) => {
    await page.goto("/?q=%22risk+of+conflict+is+real%22");
    const [id] = await tableIds(page);
    await page.goto(`/statements/${id}`);
    const reports = page.getByTestId("statement-reports");
    await expect(reports.getByTestId("statement-report")).not.toHaveCount(0);
    await expect(reports.getByTestId("statement-report-diff").first()).toContainText("risk");
  });

  test("exports the CSV of a filtered view with the table's rows", async ({ page }) => {
    await page.goto("/?speaker=jens-stoltenberg&sort=date.asc&perPage=100");
    const ids = await tableIds(page);
    expect(ids.length).toBeGreaterThan(1);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^onrecord-statements-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv((await fs.readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, ""));
    const [header, ...data] = rows;
    expect(header.slice(0, 4)).toEqual(["id", "date", "said_on", "speaker"]);
    expect(data.map((r) => Number(r[0]))).toEqual(ids);
    for (const r of data) expect(r[3]).toBe("Jens Stoltenberg");
    for (const r of data) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  test("serves the view as an Atom feed and through the paged JSON API", async ({ page, request }) => {
    await page.goto("/?speaker=jens-stoltenberg&perPage=100");
    const ids = await tableIds(page);

    const feed = await request.get("/feed.atom?speaker=jens-stoltenberg");
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await feed.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        title: doc.documentElement.getElementsByTagName("title")[0]?.textContent,
        entries: [...doc.getElementsByTagName("entry")].map((e) => e.getElementsByTagName("id")[0].textContent ?? ""),
      };
    }, xml);
    expect(parsed.error).toBe(false);
    expect(parsed.title).toBe("OnRecord: statements by Jens Stoltenberg");
    expect(parsed.entries.map((id) => Number(id.split("/").pop()))).toEqual(ids.slice(0, 50));

    const walked: number[] = [];
    let cursor: string | null = null;
    do {
      const response = await request.get(`/api/statements?speaker=jens-stoltenberg&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { data: { id: number; speaker: string }[]; nextCursor: string | null };
      walked.push(...body.data.map((s) => s.id));
      cursor = body.nextCursor;
    } while (cursor && walked.length < 500);
    expect(walked).toEqual(ids);

    const refused = await request.get("/api/statements?cursor=garbage");
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error).toBe("invalid_cursor");
  });
});
