import { expect, request as playwrightRequest, test, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";

// Editors change statements through server actions; viewers and signed-out visitors cannot.
// Sign-in is rate limited (5 a minute per address), so each role signs in once through the API
// and its cookies are reused; only the first test signs in through the form.

const PASSWORD = { demo: "onrecord-demo", admin: "onrecord-admin" };
const SIGNED_OUT = "You are signed out. Sign in as an editor to make changes; nothing was saved.";
const EMAIL = { editor: "editor@onrecord.local", viewer: "viewer@onrecord.local", admin: "admin@onrecord.local" };

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const sessions: Partial<Record<"editor" | "viewer" | "admin", StorageState>> = {};

test.describe.configure({ mode: "serial" });

async function signedInState(baseURL: string, email: string, password: string): Promise<StorageState> {
  const api = await playwrightRequest.newContext({ baseURL });
  const response = await api.post("/api/auth/sign-in/email", { data: { email, password }, headers: { origin: baseURL } });
  expect(response.status(), await response.text()).toBe(200);
  const state = await api.storageState();
  await api.dispose();
  return state;
}

async function contextAs(browser: Browser, role: keyof typeof sessions): Promise<BrowserContext> {
  return browser.newContext({ storageState: sessions[role] });
}

/** Statement ids from the table, with their speakers, oldest first. */
async function statementRows(page: Page): Promise<{ id: number; speaker: string }[]> {
  await page.goto("/?perPage=100&sort=date.asc");
  const rows = page.getByTestId("statement-row");
  const count = await rows.count();
  const result: { id: number; speaker: string }[] = [];
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const href = await row.locator('a[href^="/statements/"]').first().getAttribute("href");
    result.push({ id: Number(href?.split("/").pop()), speaker: await row.locator("td").nth(1).innerText() });
  }
  return result;
}

const historyTexts = (page: Page) => page.getByTestId("history-entry").allInnerTexts();
const form = (page: Page, name: string) => page.getByRole("form", { name });

let ids: { id: number; speaker: string }[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  sessions.editor = await signedInState(baseURL!, EMAIL.editor, PASSWORD.demo);
  sessions.viewer = await signedInState(baseURL!, EMAIL.viewer, PASSWORD.demo);
  sessions.admin = await signedInState(baseURL!, EMAIL.admin, PASSWORD.admin);
  const context = await browser.newContext();
  ids = await statementRows(await context.newPage());
  await context.close();
  expect(ids.length).toBeGreaterThan(20);
});

test("an editor signs in, tags, annotates, corrects the speaker and verifies; the history lists each change", async ({ page }) => {
  const statement = ids.find((s) => !s.speaker.includes("Stoltenberg"))!;
  await page.goto(`/sign-in?next=/statements/${statement.id}`);
  await page.getByLabel("Email").fill(EMAIL.editor);
  await page.getByLabel("Password").fill(PASSWORD.demo);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/statements/${statement.id}$`));
  await expect(page.getByTestId("signed-in-as")).toContainText("Demo Editor");
  await expect(page.getByTestId("signed-in-as")).toContainText("editor");

  // Tag, creating the tag inline with a colour.
  const addTag = form(page, "Add tag");
  await addTag.getByRole("combobox", { name: "Tag", exact: true }).selectOption("new");
  await addTag.getByLabel("New tag name").fill("Fact-checked");
  await addTag.getByLabel("Colour").fill("#0f766e");
  await addTag.getByRole("button", { name: "Add tag" }).click();
  await expect(addTag.getByRole("status")).toHaveText("Tagged “Fact-checked”.");
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("Fact-checked");

  // Annotate in Markdown; raw HTML and script URLs are not rendered.
  const annotate = form(page, "Add annotation");
  await annotate.getByLabel("New annotation (Markdown)").fill(
    "Checked with **the press office**. <script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned = 2\"> [call](javascript:window.__pwned=3)",
  );
  await annotate.getByRole("button", { name: "Add annotation" }).click();
  await expect(annotate.getByRole("status")).toHaveText("Annotation added.");
  const note = page.getByTestId("annotation").last();
  await expect(note.locator("strong")).toHaveText("the press office");
  await expect(note.locator("script, img")).toHaveCount(0);
  await expect(note.getByText("call")).toBeVisible();
  await expect(note.locator('[href^="javascript:" i], [onerror]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // Correct the speaker by picking an existing one.
  const speakerForm = form(page, "Correct speaker");
  await speakerForm.getByRole("combobox", { name: "Existing speaker" }).fill("Stolt");
  await speakerForm.getByRole("option", { name: /Jens Stoltenberg/ }).click();
  await speakerForm.getByRole("button", { name: "Set speaker" }).click();
  await expect(speakerForm.getByRole("status")).toHaveText("Speaker set to Jens Stoltenberg.");
  await expect(page.getByTestId("statement-speaker")).toContainText("Jens Stoltenberg");

  // Verify.
  const status = form(page, "Set status");
  await status.getByRole("button", { name: "Verify" }).click();
  await expect(status.getByRole("status")).toHaveText("Marked verified.");
  await expect(page.getByTestId("statement-status")).toHaveText("verified");

  await page.reload();
  const history = await historyTexts(page);
  expect(history).toHaveLength(4);
  expect(history[0]).toMatch(/^Status: unreviewed → verified\s+Demo Editor/);
  expect(history[1]).toMatch(/^Speaker: .+ → Jens Stoltenberg/);
  expect(history[2]).toMatch(/^Annotated: “Checked with \*\*the press office\*\*/);
  expect(history[3]).toMatch(/^Tagged “Fact-checked”/);
});

test("a second browser context editing the same statement gets the conflict message and overwrites nothing", async ({ browser }) => {
  const statement = ids[1];
  const first = await contextAs(browser, "editor");
  const second = await contextAs(browser, "editor");
  const a = await first.newPage();
  const b = await second.newPage();
  await a.goto(`/statements/${statement.id}`);
  await b.goto(`/statements/${statement.id}`);
  const original = await b.getByTestId("statement-text").innerText();

  await form(a, "Set status").getByRole("button", { name: "Dispute" }).click();
  await expect(form(a, "Set status").getByRole("status")).toHaveText("Marked disputed.");

  // B still holds version 1: its edit is refused and shows what is there now.
  const edit = form(b, "Edit statement");
  await edit.getByLabel("Text").fill("A rewrite that must not land");
  await edit.getByRole("button", { name: "Save statement" }).click();
  const message = edit.getByRole("status");
  await expect(message).toContainText("Someone else changed this while you were editing");
  await expect(message).toContainText("it is now version 2");
  await expect(message).toContainText(`Current text: “${original.replace(/^“|”$/g, "")}”`);
  await expect(edit.getByLabel("Text")).toHaveValue("A rewrite that must not land");

  await form(b, "Set status").getByRole("button", { name: "Reject" }).click();
  await expect(form(b, "Set status").getByRole("status")).toContainText("Current status: disputed");

  await b.reload();
  await expect(b.getByTestId("statement-text")).toHaveText(original);
  await expect(b.getByTestId("statement-status")).toHaveText("disputed");
  expect(await historyTexts(b)).toHaveLength(1);
  await first.close();
  await second.close();
});

interface CapturedAction {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  /** What the server answered when the request was replayed without cookies. */
  signedOut: { status: number; text: string };
}

/** POSTs `action` again from a fresh request context: no cookies, or another user's. */
async function replay(baseURL: string, action: Pick<CapturedAction, "url" | "headers" | "body">, storageState?: StorageState) {
  const api = await playwrightRequest.newContext({ baseURL, storageState });
  const response = await api.post(action.url, { headers: action.headers, data: action.body });
  const result = { status: response.status(), headers: response.headers(), body: await response.body() };
  await api.dispose();
  return result;
}

/**
 * Intercepts the page's server-action POSTs: each is sent on without the session cookie (a signed-out
 * call), and the page gets that answer. The editor's clicks therefore run as a signed-out caller.
 */
async function replayActionsSignedOut(page: Page, baseURL: string) {
  const captured: CapturedAction[] = [];
  let label = "";
  await page.route("**/*", async (route) => {
    const req: Request = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    const headers = { ...req.headers() };
    delete headers.cookie;
    const action = { url: req.url(), headers, body: req.postDataBuffer() ?? Buffer.alloc(0) };
    const answer = await replay(baseURL, action);
    captured.push({ name: label, ...action, signedOut: { status: answer.status, text: answer.body.toString("utf8") } });
    await route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
  });
  return {
    captured,
    as: async (name: string, act: () => Promise<void>) => {
      label = name;
      const before = captured.length;
      await act();
      await expect.poll(() => captured.length, { message: `${name} sent no server action` }).toBe(before + 1);
    },
  };
}

test("signed-out and viewer POSTs to each action are refused and change nothing", async ({ browser, baseURL }) => {
  const statement = ids[2];
  const editor = await contextAs(browser, "editor");
  const page = await editor.newPage();

  // Real changes first, so untag, edit annotation and delete annotation have something to act on.
  await page.goto(`/statements/${statement.id}`);
  const addTag = form(page, "Add tag");
  await addTag.getByRole("combobox", { name: "Tag", exact: true }).selectOption("new");
  await addTag.getByLabel("New tag name").fill("Setup tag");
  await addTag.getByRole("button", { name: "Add tag" }).click();
  await expect(addTag.getByRole("status")).toHaveText("Tagged “Setup tag”.");
  await form(page, "Add annotation").getByLabel("New annotation (Markdown)").fill("Setup note");
  await form(page, "Add annotation").getByRole("button", { name: "Add annotation" }).click();
  await expect(form(page, "Add annotation").getByRole("status")).toHaveText("Annotation added.");
  await page.reload();
  const before = {
    text: await page.getByTestId("statement-text").innerText(),
    speaker: await page.getByTestId("statement-speaker").innerText(),
    status: await page.getByTestId("statement-status").innerText(),
    tags: await page.getByRole("list", { name: "Tags" }).innerText(),
    annotations: await page.getByTestId("annotations").locator("[data-testid=annotation]").allInnerTexts(),
    history: await historyTexts(page),
  };
  expect(before.history).toHaveLength(2);

  const { captured, as } = await replayActionsSignedOut(page, baseURL!);
  await as("untagStatement", () => page.getByRole("button", { name: "Remove tag Setup tag" }).click());
  await as("tagStatement", async () => {
    await addTag.getByRole("combobox", { name: "Tag", exact: true }).selectOption("new");
    await addTag.getByLabel("New tag name").fill("Forged tag");
    await addTag.getByRole("button", { name: "Add tag" }).click();
  });
  await as("annotateStatement", async () => {
    await form(page, "Add annotation").getByLabel("New annotation (Markdown)").fill("Forged note");
    await form(page, "Add annotation").getByRole("button", { name: "Add annotation" }).click();
  });
  await as("editAnnotation", async () => {
    await page.getByTestId("annotation").getByRole("button", { name: "Edit" }).click();
    await form(page, "Edit annotation").getByLabel("Annotation").fill("Forged edit");
    await form(page, "Edit annotation").getByRole("button", { name: "Save annotation" }).click();
  });
  // The page shows the refusal where the editor would look for the result.
  await expect(page.getByTestId("annotation").getByRole("status")).toHaveText(SIGNED_OUT);
  await page.getByTestId("annotation").getByRole("button", { name: "Cancel" }).click();
  await as("deleteAnnotation", () => page.getByTestId("annotation").getByRole("button", { name: "Delete" }).click());
  await as("correctSpeaker", async () => {
    await form(page, "Correct speaker").getByLabel("Name").fill("Forged Speaker");
    await form(page, "Correct speaker").getByRole("button", { name: "Set speaker" }).click();
  });
  await as("mergeSpeakers", async () => {
    await page.getByText(/^Merge .* into another speaker$/).click();
    await form(page, "Merge speaker").getByRole("combobox", { name: "Speaker to keep" }).fill("Stolt");
    await form(page, "Merge speaker").getByRole("option", { name: /Jens Stoltenberg/ }).click();
    await form(page, "Merge speaker").getByRole("button", { name: "Merge speakers" }).click();
  });
  await as("editStatement", async () => {
    await form(page, "Edit statement").getByLabel("Text").fill("Forged text");
    await form(page, "Edit statement").getByRole("button", { name: "Save statement" }).click();
  });
  await as("setStatementStatus", () => form(page, "Set status").getByRole("button", { name: "Reject" }).click());
  await as("deleteStatement", async () => {
    await form(page, "Delete statement").getByRole("button", { name: "Delete statement…" }).click();
    await form(page, "Delete statement").getByRole("button", { name: "Yes, delete this statement" }).click();
  });
  await page.goto("/?perPage=100&sort=date.asc");
  await as("bulkTagStatements", async () => {
    await page.getByRole("checkbox", { name: `Select statement ${statement.id}`, exact: true }).check();
    const bar = form(page, "Tag selected statements");
    await bar.getByRole("combobox", { name: "Tag", exact: true }).selectOption("new");
    await bar.getByLabel("New tag name").fill("Forged bulk tag");
    await bar.getByRole("button", { name: "Tag selected" }).click();
  });
  expect(captured.map((c) => c.name)).toHaveLength(11);

  for (const action of captured) {
    expect(action.signedOut.status, action.name).toBe(200);
    expect(action.signedOut.text, action.name).toContain(SIGNED_OUT);
    const viewer = await replay(baseURL!, action, sessions.viewer);
    expect(viewer.body.toString("utf8"), action.name).toContain("Your account (viewer) cannot do this: it needs the editor role. Nothing was saved.");
  }

  await page.unrouteAll();
  await page.goto(`/statements/${statement.id}`);
  expect({
    text: await page.getByTestId("statement-text").innerText(),
    speaker: await page.getByTestId("statement-speaker").innerText(),
    status: await page.getByTestId("statement-status").innerText(),
    tags: await page.getByRole("list", { name: "Tags" }).innerText(),
    annotations: await page.getByTestId("annotations").locator("[data-testid=annotation]").allInnerTexts(),
    history: await historyTexts(page),
  }).toEqual(before);
  await page.goto("/");
  await expect(page.getByTestId("filter-tag")).not.toContainText("Forged");
  await editor.close();
});

test("admin-only actions refuse editors and signed-out callers", async ({ browser, baseURL }) => {
  const admin = await contextAs(browser, "admin");
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const usersBefore = await page.getByTestId("users-table").innerText();
  const { captured, as } = await replayActionsSignedOut(page, baseURL!);
  await as("inviteUser", async () => {
    const invite = form(page, "Invite user");
    await invite.getByLabel("Email").fill("forged@onrecord.local");
    await invite.getByLabel("Name").fill("Forged");
    await invite.getByLabel("Initial password").fill("forged-password");
    await invite.getByRole("button", { name: "Invite" }).click();
  });
  await as("setUserRole", async () => {
    await page.getByLabel(`Role of ${EMAIL.viewer}`).selectOption("admin");
  });
  for (const action of captured) {
    expect(action.signedOut.text, action.name).toContain(SIGNED_OUT);
    expect((await replay(baseURL!, action, sessions.editor)).body.toString("utf8"), action.name).toContain("it needs the admin role");
  }
  await page.unrouteAll();
  await page.reload();
  expect(await page.getByTestId("users-table").innerText()).toBe(usersBefore);
  await admin.close();
});

test("an admin invites an editor and changes a role", async ({ browser }) => {
  const admin = await contextAs(browser, "admin");
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const invite = form(page, "Invite user");
  await invite.getByLabel("Email").fill("not-an-email");
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(invite.getByRole("status")).toHaveText("Please correct the highlighted fields.");
  await expect(invite.getByText("Enter an email address like name@newsroom.org.")).toBeVisible();
  await invite.getByLabel("Email").fill("reporter@onrecord.local");
  await invite.getByLabel("Name").fill("Rita Reporter");
  await invite.getByLabel("Role").selectOption("viewer");
  await invite.getByLabel("Initial password").fill("rita-initial-1");
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(invite.getByRole("status")).toContainText("Invited Rita Reporter <reporter@onrecord.local> as viewer.");
  await page.getByLabel("Role of reporter@onrecord.local").selectOption("editor");
  await expect(page.getByTestId("users-table").getByRole("status").filter({ hasText: "reporter@onrecord.local is now editor." })).toBeVisible();
  await admin.close();
});

test("a viewer sees no edit controls and cannot edit by URL", async ({ browser }) => {
  const statement = ids[3];
  for (const role of ["viewer", null] as const) {
    const context = role ? await contextAs(browser, role) : await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/statements/${statement.id}`);
    await expect(page.getByTestId("statement-text")).toBeVisible();
    await expect(page.getByTestId("source-excerpt").locator("mark")).toBeVisible();
    if (role) await expect(page.getByTestId("signed-in-as")).toContainText("viewer");
    await expect(page.getByTestId("editor-tools")).toHaveCount(0);
    await expect(page.getByRole("form")).toHaveCount(0);
    await expect(page.locator("textarea, select, input")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Add article" })).toHaveCount(0);

    await page.goto("/");
    await expect(page.getByTestId("statement-row").first()).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /Select statement/ })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: /Set status/ })).toHaveCount(0);

    for (const path of ["/articles/new", "/admin/users"]) {
      await page.goto(path);
      await expect(page.getByTestId("access-denied")).toBeVisible();
      await expect(page.getByRole("form")).toHaveCount(0);
    }
    await context.close();
  }
});

test("an editor adds an article: preview, fix, save; the same article again is reported", async ({ browser }) => {
  const editor = await contextAs(browser, "editor");
  const page = await editor.newPage();
  await page.goto("/articles/new");
  const article = [
    "Harbour council backs new ferry link",
    "2024-05-02",
    "https://example.org/news/ferry-link",
    "",
    `"We will have the first boats running by summer," said Marta Olsen, the harbour council's chair, on Thursday.`,
    "",
    `Opposition councillor Jon Berg said the plan was "rushed and far too expensive".`,
  ].join("\n");
  await page.getByLabel("Article text").fill(article);
  await page.getByLabel("Outlet (optional)").fill("Harbour Times");
  await page.getByRole("button", { name: "Preview statements" }).click();
  await expect(page.getByTestId("article-message")).toContainText(/Found \d+ statements?/);
  const previews = page.getByTestId("preview-statement");
  const count = await previews.count();
  expect(count).toBeGreaterThanOrEqual(2);
  // Fix the first statement's speaker and drop the last one.
  await previews.first().getByLabel("Speaker").fill("Marta Olsen");
  await previews.last().getByLabel("Keep").uncheck();
  await page.getByRole("button", { name: /Save article and/ }).click();
  await expect(page.getByTestId("article-message")).toContainText(`Saved “Harbour council backs new ferry link” with ${count - 1} statement`);
  await page.getByRole("link", { name: "Open its statements" }).click();
  await expect(page.getByTestId("statement-speaker")).toContainText("Marta Olsen");

  await page.goto("/articles/new");
  await page.getByLabel("Article text").fill(article);
  await page.getByRole("button", { name: "Preview statements" }).click();
  await expect(page.getByTestId("article-message")).toContainText("This article is already on record as “Harbour council backs new ferry link”");
  await expect(page.getByTestId("preview-statement")).toHaveCount(0);

  const tooBig = "x".repeat(1_000_001);
  await page.getByLabel("Article text").fill(tooBig);
  await page.getByRole("button", { name: "Preview statements" }).click();
  await expect(page.getByTestId("article-message")).toHaveText("Please correct the highlighted fields.");
  await expect(page.getByText("The article is larger than 1 MB")).toBeVisible();
  await editor.close();
});
