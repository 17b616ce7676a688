import { expect, test, type Page } from "@playwright/test";

const canonicalQuery = (search: string) => [...new URLSearchParams(search).entries()].sort().join("&");

/** Waits until the rows on screen are the server's answer for the URL in the address bar. */
async function settled(page: Page) {
  await expect
    .poll(async () => {
      const view = await page.getByTestId("statements-table-container").getAttribute("data-view");
      return canonicalQuery(view ?? "") === canonicalQuery(new URL(page.url()).search);
    })
    .toBe(true);
}

const rowTexts = async (page: Page) => {
  await settled(page);
  return page.getByTestId("statement-row").locator("td:first-child").allInnerTexts();
};

const speakerNames = async (page: Page) => {
  await settled(page);
  return (await page.getByTestId("statement-row").locator("td:nth-child(2) div.font-medium").allInnerTexts()).map((n) =>
    n.toLowerCase(),
  );
};

test.describe("statements table", () => {
  test("lists the seed statements with every column", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Statements" })).toBeVisible();
    const headers = await page.locator("thead th").allInnerTexts();
    for (const name of ["STATEMENT", "SPEAKER", "TYPE", "DATE", "SOURCE", "TAGS", "STATUS"]) {
      expect(headers.some((h) => h.includes(name))).toBe(true);
    }
    await expect(page.getByTestId("statement-row")).toHaveCount(25);
    await expect(page.getByTestId("row-range")).toContainText(/1–25 of \d+ statements/);
  });

  test("full-text search narrows the rows and lives in the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Search statements").fill("risk conflict");
    await expect(page).toHaveURL(/q=risk\+conflict|q=risk%20conflict/);
    const texts = await rowTexts(page);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.toLowerCase()).toMatch(/risk/);
    await page.reload();
    await expect(page.getByLabel("Search statements")).toHaveValue("risk conflict");
    expect(await rowTexts(page)).toEqual(texts);
  });

  test("keeps words typed before the page's scripts ran", async ({ page }) => {
    // Hold the app's scripts back, so the search box is the server's HTML with no React behind it.
    let release!: () => void;
    const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**", async (route) => {
      await scriptsHeld;
      await route.continue();
    });
    // Deferred scripts hold DOMContentLoaded back too: wait for the streamed HTML's search box instead.
    await page.goto("/", { waitUntil: "commit" });
    await page.getByLabel("Search statements").fill("risk conflict");
    release();
    await expect(page).toHaveURL(/q=risk\+conflict|q=risk%20conflict/);
    await expect(page.getByLabel("Search statements")).toHaveValue("risk conflict");
    const texts = await rowTexts(page);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text.toLowerCase()).toMatch(/risk/);
  });

  test("filters by speaker through the typeahead", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Speaker" }).fill("stolt");
    await page.getByRole("option", { name: /Jens Stoltenberg/ }).click();
    await expect(page).toHaveURL(/speaker=jens-stoltenberg/);
    await expect(page.getByTestId("speaker-chip")).toHaveText(/Jens Stoltenberg/);
    await settled(page);
    const speakers = await page.getByTestId("statement-row").locator("td:nth-child(2)").allInnerTexts();
    expect(speakers.length).toBeGreaterThan(1);
    for (const s of speakers) expect(s).toContain("Jens Stoltenberg");
  });

  test("sorts by a column header, both directions", async ({ page }) => {
    await page.goto("/?perPage=100");
    await page.getByRole("button", { name: /Speaker/ }).click();
    await expect(page).toHaveURL(/sort=speaker\.desc/);
    const desc = await speakerNames(page);
    expect(desc).toEqual([...desc].sort().reverse());
    await page.getByRole("button", { name: /Speaker/ }).click();
    await expect(page).toHaveURL(/sort=speaker\.asc/);
    const asc = await speakerNames(page);
    expect(asc).toEqual([...asc].sort());
    expect(asc).not.toEqual(desc);
  });

  test("pages through the rows and keeps the page on reload", async ({ page }) => {
    await page.goto("/?perPage=10");
    const first = await rowTexts(page);
    await page.getByRole("button", { name: /Next/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId("row-range")).toContainText("11–20 of");
    const second = await rowTexts(page);
    expect(second).not.toEqual(first);
    await page.reload();
    await expect(page.getByTestId("page-indicator")).toContainText("Page 2 of");
    expect(await rowTexts(page)).toEqual(second);
  });

  test("a copied link opens the same view in a new browser context", async ({ page, browser }) => {
    await page.goto("/");
    await page.getByLabel("Search statements").fill("Russia");
    await expect(page).toHaveURL(/q=Russia/);
    await settled(page);
    await expect(page).toHaveURL(/sort=relevance\.desc/);
    await page.getByRole("button", { name: /Speaker/ }).click();
    await expect(page).toHaveURL(/sort=speaker\.desc/);
    await settled(page);
    await page.getByTestId("filter-type").locator("summary").click();
    await page.getByTestId("filter-type").getByRole("checkbox", { name: "direct", exact: true }).check();
    await expect(page).toHaveURL(/type=direct/);
    const url = page.url();
    const rows = await rowTexts(page);
    expect(rows.length).toBeGreaterThan(0);

    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(url);
    expect(await rowTexts(fresh)).toEqual(rows);
    await expect(fresh.getByTestId("filter-type").locator("summary")).toContainText("1");
    await other.close();
  });

  test("hides and shows columns from the URL", async ({ page }) => {
    await page.goto("/?hide=tags,status");
    const headers = await page.locator("thead th").allInnerTexts();
    expect(headers.join(" ")).not.toContain("TAGS");
    expect(headers.join(" ")).not.toContain("STATUS");
    await page.getByTestId("filter-columns").locator("summary").click();
    await page.getByTestId("filter-columns").getByRole("checkbox", { name: "Tags" }).check();
    await expect(page).toHaveURL(/hide=status$/);
    await expect(page.locator("thead th", { hasText: "TAGS" })).toBeVisible();
  });

  for (const hostile of [
    "/?sort=bogus&page=-5",
    "/?q=%22unbalanced&perPage=9999",
    "/?q=NEAR(a%20b)%20OR%20*%20%5E%20text%3A&sort=relevance",
    "/?from=2022-13-45&to=not-a-date&type=evil&status=%3Cscript%3E",
    "/?speaker=%27%3B%20DROP%20TABLE%20statements%3B--&tag=%25&outlet=%00",
    "/?page=99999",
  ]) {
    test(`a hostile link renders without error: ${hostile}`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const response = await page.goto(hostile);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { name: "Statements" })).toBeVisible();
      await expect(page.getByTestId("statements-table")).toBeVisible();
      await expect(page.getByTestId("page-indicator")).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});
