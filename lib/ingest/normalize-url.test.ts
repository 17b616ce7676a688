import { describe, expect, it } from "vitest";
import { normalizeUrl } from "./normalize-url";
import { normalizeSpeakerName, slugify } from "./speaker-identity";

describe("normalizeUrl", () => {
  it("folds host case, www, trailing slashes, fragments and tracking parameters", () => {
    expect(normalizeUrl("https://WWW.DW.com/en/story/a-1/?utm_source=x&b=2&a=1#top")).toBe("dw.com/en/story/a-1?a=1&b=2");
    expect(normalizeUrl("http://dw.com/en/story/a-1")).toBe("dw.com/en/story/a-1");
  });

  it("returns null for what is not a web URL", () => {
    expect(normalizeUrl(null)).toBeNull();
    expect(normalizeUrl("not a url")).toBeNull();
    expect(normalizeUrl("javascript:alert(1)")).toBeNull();
  });
});

describe("speaker identity", () => {
  it("normalizes names for lookup", () => {
    expect(normalizeSpeakerName("The Kremlin")).toBe("kremlin");
    expect(normalizeSpeakerName("Sergei  Lavrov's")).toBe("sergei lavrov");
    expect(normalizeSpeakerName("Émilie Côté")).toBe("emilie cote");
  });

  it("makes readable slugs that are never empty", () => {
    expect(slugify("Jens Stoltenberg")).toBe("jens-stoltenberg");
    expect(slugify("U.S. State Department")).toBe("u-s-state-department");
    expect(slugify("!!!")).toBe("speaker");
  });
});
