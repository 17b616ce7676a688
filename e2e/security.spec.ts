import { expect, request as playwrightRequest, test, type Browser, type Page } from "@playwright/test";
import { BINARY_MESSAGE, MAX_ARTICLE_BYTES, NOT_UTF8_MESSAGE } from "../app/articles/lib/article-text";
import { INJECTION_PAYLOADS, SCRIPT_PAYLOADS, TABLE_PARAMETERS } from "../lib/security/hostile-inputs";
import { countRows, EMAIL, PASSWORD, pwned, queryE2eDatabase, signedInState, watchCspViolations, type StorageState } from "./support/e2e-session";
import { parseCsv } from "./support/parse-csv";

// The security suite against the built app: headers, CSP, injection through every URL parameter,
// hostile uploads, markup in every kind of user text, forged origins, brute force and sessions.
// Each test signs in from its own X-Forwarded-For address so the sign-in limit never interferes.

test.describe.configure({ mode: "serial" });

const sessions: { editor?: StorageState; admin?: StorageState } = {};

test.beforeAll(async ({ baseURL }) => {
  sessions.editor = await signedInState(baseURL!, EMAIL.editor, PASSWORD.demo, "10.50.0.1");
  sessions.admin = await signedInState(baseURL!, EMAIL.admin, PASSWORD.admin, "10.50.0.2");
});

const asEditor = (browser: Browser) => browser.newContext({ storageState: sessions.editor });

test.describe("HTTP security headers", () => {
  test("every kind of response carries them, with a new script nonce each time and no framework banner", async ({ request }) => {
    const statementId = queryE2eDatabase<{ id: number }>("SELECT id FROM statements WHERE deleted_at IS NULL LIMIT 1")[0].id;
    const html = await (await request.get("/")).text();
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(html)![1];
    const nonces = new Set<string>();
    for (const path of [
      "/",
      `/statements/${statementId}`,
      "/sign-in",
      "/articles/new",
      "/speakers",
      "/sources",
      "/no-such-page",
      "/api/speakers?q=a",
      "/api/statements?limit=1",
      "/api/auth/get-session",
      "/statements.csv?limit=1",
      "/statements.json?speaker=nobody",
      "/feed.atom",
      stylesheet,
    ]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-powered-by"], path).toBeUndefined();
      expect(headers.server ?? "", path).not.toMatch(/next/i);
      if (path === stylesheet) continue;
      const csp = headers["content-security-policy"];
      expect(csp, path).toContain("frame-ancestors 'none'");
      const scripts = /script-src ([^;]+)/.exec(csp)![1];
      expect(scripts, path).not.toContain("unsafe-inline");
      expect(scripts, path).not.toContain("unsafe-eval");
      nonces.add(/'nonce-([^']+)'/.exec(scripts)![1]);
    }
    expect(nonces.size).toBe(13);
  });

  test("Next puts the response's nonce on every script it renders", async ({ request }) => {
    const response = await request.get("/");
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"])![1];
    const scripts = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  test("pages load and work with no CSP violation, signed out and signed in", async ({ browser }) => {
    test.setTimeout(120_000);
    const statementId = queryE2eDatabase<{ id: number }>("SELECT id FROM statements WHERE deleted_at IS NULL LIMIT 1")[0].id;
    const speaker = queryE2eDatabase<{ slug: string }>("SELECT slug FROM speakers LIMIT 1")[0].slug;
    const sourceId = queryE2eDatabase<{ id: number }>("SELECT id FROM sources LIMIT 1")[0].id;
    const pages = ["/", `/statements/${statementId}`, `/speakers/${speaker}`, "/speakers", `/sources/${sourceId}`, "/sources", "/sign-in", "/no-such-page"];
    for (const state of [undefined, sessions.editor, sessions.admin]) {
      const context = await browser.newContext({ storageState: state });
      const page = await context.newPage();
      const violations = await watchCspViolations(page);
      for (const path of [...pages, ...(state ? ["/articles/new"] : []), ...(state === sessions.admin ? ["/admin/users"] : [])]) {
        await page.goto(path, { waitUntil: "load" });
      }
      // Client-side work after hydration: a search that navigates without a reload.
      await page.goto("/");
      await page.getByLabel("Search statements").fill("risk");
      await expect(page).toHaveURL(/q=risk/);
      await expect(page.getByTestId("statement-row").first()).toBeVisible();
      expect(violations).toEqual([]);
      await context.close();
    }
  });
});

test.describe("injection through URL parameters", () => {
  // A short selection here; lib's unit suite runs every payload through every parameter.
  const payloads = INJECTION_PAYLOADS.filter((p) => p.length < 100);

  test("the table answers every parameter × payload with a normal page", async ({ request }) => {
    const statements = countRows("statements");
    for (const parameter of [...TABLE_PARAMETERS, "collapse"]) {
      for (const payload of payloads) {
        const response = await request.get(`/?${new URLSearchParams({ [parameter]: payload })}`);
        expect(response.status(), `${parameter}=${payload}`).toBe(200);
        expect(await response.text(), `${parameter}=${payload}`).toContain('data-testid="statements-table"');
      }
    }
    expect(countRows("statements")).toBe(statements);
  });

  test("the API, the exports, the feed and the speaker typeahead treat every payload as data", async ({ request }) => {
    for (const parameter of ["q", "speaker", "outlet", "tag", "source", "sort", "from", "cursor", "limit"]) {
      for (const payload of payloads) {
        const query = new URLSearchParams({ [parameter]: payload });
        const api = await request.get(`/api/statements?${query}`);
        // A cursor that is not one of ours is a 400 with a reason; nothing else may fail.
        expect(api.status(), `api ${parameter}=${payload}`).toBe(parameter === "cursor" ? 400 : 200);
        for (const path of ["/statements.csv", "/statements.json", "/feed.atom"]) {
          expect((await request.get(`${path}?${query}`)).status(), `${path} ${parameter}=${payload}`).toBe(200);
        }
      }
    }
    for (const payload of payloads) {
      const response = await request.get(`/api/speakers?${new URLSearchParams({ q: payload })}`);
      expect(response.status()).toBe(200);
      expect(await response.json(), payload).toEqual([]);
    }
  });
});

test.describe("add-article uploads", () => {
  const upload = (page: Page, name: string, buffer: Buffer) =>
    page.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/plain", buffer });

  test("oversized, empty, binary and non-UTF-8 files are refused with a message and store nothing", async ({ browser }) => {
    const context = await asEditor(browser);
    const page = await context.newPage();
    await page.goto("/articles/new");
    const before = { sources: countRows("sources"), statements: countRows("statements") };
    const message = page.getByTestId("article-message");
    const cases: [string, Buffer, string | RegExp][] = [
      ["huge.txt", Buffer.alloc(MAX_ARTICLE_BYTES + 1, "a"), "huge.txt is larger than 1 MB; only plain-text articles up to 1 MB are accepted."],
      ["empty.txt", Buffer.alloc(0), "empty.txt is empty; choose the file that holds the article."],
      ["blank.txt", Buffer.from(" \n\n\t "), "blank.txt has no text; choose the file that holds the article."],
      ["photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), `photo.txt: ${BINARY_MESSAGE}`],
      ["program.txt", Buffer.from("MZ\u0090\u0000\u0003\u0000\u0000\u0000", "latin1"), `program.txt: ${BINARY_MESSAGE}`],
      ["latin1.txt", Buffer.from("Caf\u00e9 owner said \u00abnever\u00bb", "latin1"), `latin1.txt: ${NOT_UTF8_MESSAGE}`],
      ["utf16.txt", Buffer.from("\ufeffHeadline\n\nBody", "utf16le"), `utf16.txt: ${NOT_UTF8_MESSAGE}`],
    ];
    for (const [name, buffer, expected] of cases) {
      await upload(page, name, buffer);
      await expect(message, name).toHaveText(expected);
      await expect(page.getByLabel("Article text"), name).toHaveValue("");
    }

    // A browser that decoded a bad file leniently, or a hand-made request, meets the server's check.
    for (const [text, expected] of [
      ["Headline\n\nCaf\ufffd owner said \u201cnever\u201d.", NOT_UTF8_MESSAGE],
      ["Headline\n\nA bell \u0007 rings.", BINARY_MESSAGE],
      ["   \n\n  ", "Paste the article or choose a .txt file."],
    ] as const) {
      await page.getByLabel("Article text").fill(text);
      await page.getByRole("button", { name: "Preview statements" }).click();
      await expect(message).toHaveText("Please correct the highlighted fields.");
      await expect(page.locator("#article-text-error")).toHaveText(expected);
    }
    // Over the limit by one byte, pasted: refused by the schema, not by a crash.
    await page.getByLabel("Article text").fill("é".repeat(MAX_ARTICLE_BYTES / 2) + "x");
    await page.getByRole("button", { name: "Preview statements" }).click();
    await expect(page.locator("#article-text-error")).toContainText("larger than 1 MB");

    expect({ sources: countRows("sources"), statements: countRows("statements") }).toEqual(before);
    await context.close();
  });
});

test.describe("markup in user text is rendered inert everywhere", () => {
  const TITLE = `${SCRIPT_PAYLOADS.scriptTag} Quillfeather harbour vote`;
  const SPEAKER = `${SCRIPT_PAYLOADS.imgOnError}Evil Olsen`;
  const FORMULA = `=HYPERLINK("http://evil.example","Quillfeather")`;
  const FORMULA_SPEAKER = "@SUM(1+1) Berg";
  const TAG = "<img src=x onerror=window.__pwned=9>";
  const NOTE = Object.values(SCRIPT_PAYLOADS).join("\n\n");

  /** No planted element exists and nothing ran. */
  async function expectInert(page: Page, label: string) {
    expect(await pwned(page), label).toBeUndefined();
    await expect(page.locator('img[src="x"], [onerror], [onload], a[href^="javascript:" i]'), label).toHaveCount(0);
    await expect(page.locator("body script:not([src])").filter({ hasText: "__pwned" }), label).toHaveCount(0);
  }

  test("article text, title, speaker names, statement text, tag names and annotations", async ({ browser, request }) => {
    test.setTimeout(90_000);
    const context = await asEditor(browser);
    const page = await context.newPage();
    const violations = await watchCspViolations(page);

    // An editor adds an article whose every field carries markup.
    await page.goto("/articles/new");
    await page.getByLabel("Article text").fill(
      [
        TITLE,
        "2031-06-01",
        "",
        `"${SCRIPT_PAYLOADS.svgOnLoad} We will not back down on Quillfeather," said Marta Olsen, the harbour council's chair, on Thursday.`,
        "",
        `Opposition councillor Jon Berg said the Quillfeather plan was "far too expensive".`,
      ].join("\n"),
    );
    await page.getByRole("button", { name: "Preview statements" }).click();
    const previews = page.getByTestId("preview-statement");
    await expect(previews.first()).toBeVisible();
    await expectInert(page, "preview");
    await previews.first().getByLabel("Speaker").fill(SPEAKER);
    await previews.last().getByLabel("Speaker").fill(FORMULA_SPEAKER);
    await previews.last().getByLabel("Text").fill(FORMULA);
    await page.getByRole("button", { name: /Save article and/ }).click();
    await expect(page.getByTestId("article-message")).toContainText("Saved “");
    const source = queryE2eDatabase<{ id: number }>("SELECT id FROM sources WHERE title LIKE '%Quillfeather%'")[0];
    const statement = queryE2eDatabase<{ id: number }>("SELECT id FROM statements WHERE source_id = ? ORDER BY start_offset LIMIT 1", source.id)[0];
    const speaker = queryE2eDatabase<{ slug: string }>("SELECT slug FROM speakers WHERE name = ?", SPEAKER)[0];

    // Tag and annotate it.
    await page.goto(`/statements/${statement.id}`);
    const addTag = page.getByRole("form", { name: "Add tag" });
    await addTag.getByRole("combobox", { name: "Tag", exact: true }).selectOption("new");
    await addTag.getByLabel("New tag name").fill(TAG);
    await addTag.getByRole("button", { name: "Add tag" }).click();
    await expect(addTag.getByRole("status")).toContainText("Tagged");
    await page.getByRole("form", { name: "Add annotation" }).getByLabel("New annotation (Markdown)").fill(NOTE);
    await page.getByRole("form", { name: "Add annotation" }).getByRole("button", { name: "Add annotation" }).click();
    await expect(page.getByRole("form", { name: "Add annotation" }).getByRole("status")).toHaveText("Annotation added.");
    const tagSlug = queryE2eDatabase<{ slug: string }>("SELECT slug FROM tags WHERE name = ?", TAG)[0].slug;

    // Every page that shows any of it, to an editor and to a signed-out reader.
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    const readerViolations = await watchCspViolations(readerPage);
    for (const p of [page, readerPage]) {
      for (const path of [
        `/?source=${source.id}`,
        `/?tag=${tagSlug}`,
        `/?q=Quillfeather&sort=relevance`,
        `/statements/${statement.id}`,
        `/speakers/${speaker.slug}`,
        "/speakers?q=Evil",
        `/sources/${source.id}`,
        "/sources?q=Quillfeather",
      ]) {
        await p.goto(path);
        await expectInert(p, path);
      }
    }
    await readerPage.goto(`/statements/${statement.id}`);
    await expect(readerPage.getByTestId("statement-speaker")).toContainText(SPEAKER);
    // Markdown drops raw HTML; the javascript: link keeps its text and loses its target.
    await expect(readerPage.getByTestId("annotation").last()).toContainText("call");
    await expect(readerPage.getByTestId("tags")).toContainText(TAG);
    await readerPage.goto(`/sources/${source.id}`);
    await expect(readerPage.getByRole("heading", { level: 1 })).toContainText(SCRIPT_PAYLOADS.scriptTag);
    await readerPage.goto(`/?source=${source.id}`);
    await readerPage.getByRole("combobox", { name: "Speaker" }).fill("Olsen");
    await expect(readerPage.getByRole("option", { name: /Evil Olsen/ })).toContainText(SCRIPT_PAYLOADS.imgOnError);
    await expectInert(readerPage, "speaker typeahead");
    expect(violations).toEqual([]);
    expect(readerViolations).toEqual([]);

    // Exports: CSV cells that a spreadsheet would run are neutralized; the feed escapes markup; JSON is data.
    const csv = parseCsv((await (await request.get(`/statements.csv?source=${source.id}`)).text()).replace(/^\uFEFF/, ""));
    const cells = csv.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${FORMULA}`);
    expect(cells).toContain(`'${FORMULA_SPEAKER}`);
    const feed = await (await request.get(`/feed.atom?source=${source.id}`)).text();
    expect(feed).not.toContain("<img src=x");
    expect(feed).not.toContain("<script>");
    expect(feed).toContain("&lt;img src=x onerror=");
    const json = await request.get(`/statements.json?source=${source.id}`);
    expect(json.headers()["content-type"]).toContain("application/json");
    expect(json.headers()["x-content-type-options"]).toBe("nosniff");
    expect(JSON.stringify(await json.json())).toContain("Evil Olsen");
    await reader.close();
    await context.close();
  });
});

test.describe("server actions", () => {
  test("a forged Origin is refused and writes nothing; the same request from the app's origin works", async ({ browser, baseURL }) => {
    const statementId = queryE2eDatabase<{ id: number }>("SELECT id FROM statements WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1")[0].id;
    const context = await asEditor(browser);
    const page = await context.newPage();
    await page.goto(`/statements/${statementId}`);
    // Capture the annotate action's request without letting it through.
    let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await page.route("**/*", async (route) => {
      const req = route.request();
      if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
      captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
    });
    const form = page.getByRole("form", { name: "Add annotation" });
    await form.getByLabel("New annotation (Markdown)").fill("Cross-site note");
    await form.getByRole("button", { name: "Add annotation" }).click();
    await expect.poll(() => captured).toBeDefined();
    const annotations = () => queryE2eDatabase<{ n: number }>("SELECT COUNT(*) AS n FROM annotations WHERE body = 'Cross-site note'")[0].n;

    const send = async (origin: string) => {
      const api = await playwrightRequest.newContext({ baseURL, storageState: sessions.editor });
      // The editor's session comes from storageState; the browser's own cookie header is dropped.
      const headers: Record<string, string> = { ...captured!.headers, origin };
      delete headers.cookie;
      const response = await api.post(captured!.url, { headers, data: captured!.body });
      const result = { status: response.status(), text: await response.text() };
      await api.dispose();
      return result;
    };
    for (const origin of ["https://evil.example", "http://127.0.0.1.evil.example", "null"]) {
      const forged = await send(origin);
      expect(forged.status, origin).toBeGreaterThanOrEqual(400);
      expect(forged.text, origin).not.toContain("Annotation added.");
      expect(annotations(), origin).toBe(0);
    }
    const genuine = await send(baseURL!);
    expect(genuine.status).toBe(200);
    expect(genuine.text).toContain("Annotation added.");
    expect(annotations()).toBe(1);
    await context.close();
  });
});

test.describe("sign-in and sessions", () => {
  const getSession = async (baseURL: string, cookie: string) => {
    const api = await playwrightRequest.newContext({ baseURL });
    const response = await api.get("/api/auth/get-session", { headers: { cookie } });
    const body = await response.text();
    await api.dispose();
    return body === "" || body === "null" ? null : (JSON.parse(body) as { user: { email: string } } | null);
  };

  test("brute force from one address is cut off after 5 attempts a minute, even with the right password", async ({ request, baseURL }) => {
    const attempt = (password: string, address: string) =>
      request.post("/api/auth/sign-in/email", {
        data: { email: EMAIL.editor, password },
        headers: { origin: baseURL!, "x-forwarded-for": address },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt(`guess-${i}`, "10.60.0.1")).status());
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect((await attempt(PASSWORD.demo, "10.60.0.1")).status()).toBe(429);
    expect((await attempt(PASSWORD.demo, "10.60.0.2")).status()).toBe(200);
  });

  test("a session cookie planted before sign-in is not the session after it, and sign-out ends the session on the server", async ({ browser, baseURL }) => {
    // better-auth names the cookie with the __Secure- prefix in production; plant both spellings.
    const names = ["better-auth.session_token", "__Secure-better-auth.session_token"];
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "10.60.1.1" } });
    await context.addCookies(
      names.map((name) => ({ name, value: "attacker-chosen.value", domain: "127.0.0.1", path: "/", secure: name.startsWith("__Secure-"), sameSite: "Lax" as const })),
    );
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(EMAIL.editor);
    await page.getByLabel("Password").fill(PASSWORD.demo);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-as")).toContainText("Demo Editor");

    // The server issued its own session cookie; the planted value is not a session under either name.
    const cookie = (await context.cookies()).find((c) => names.includes(c.name) && c.httpOnly)!;
    expect(cookie.value).not.toContain("attacker-chosen");
    for (const name of names) expect(await getSession(baseURL!, `${name}=attacker-chosen.value`)).toBeNull();
    const stolen = `${cookie.name}=${cookie.value}`;
    expect((await getSession(baseURL!, stolen))?.user.email).toBe(EMAIL.editor);
    const token = decodeURIComponent(cookie.value).split(".")[0];
    expect(queryE2eDatabase("SELECT id FROM session WHERE token = ?", token)).toHaveLength(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    // A copy of the cookie taken before sign-out is worthless: the server deleted the session.
    expect(await getSession(baseURL!, stolen)).toBeNull();
    expect(queryE2eDatabase("SELECT id FROM session WHERE token = ?", token)).toHaveLength(0);
    await context.close();
  });
});
