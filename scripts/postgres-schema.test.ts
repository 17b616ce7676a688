import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toPostgresSchema } from "./postgres-schema.mjs";

const canonical = fs.readFileSync(path.resolve(import.meta.dirname, "../prisma/schema.prisma"), "utf8");

describe("toPostgresSchema", () => {
  const generated = toPostgresSchema(canonical);

  it("swaps the provider and the client's output, and nothing else of the models", () => {
    expect(generated).toContain('provider = "postgresql"');
    expect(generated).toContain('output   = "../../lib/generated/prisma-postgres"');
    expect(generated).not.toContain('provider = "sqlite"');
    const models = (schema: string) => schema.match(/^model \w+/gm);
    expect(models(generated)).toEqual(models(canonical));
  });

  it("switches on the PostgreSQL-only lines", () => {
    expect(canonical).toMatch(/\/\/ postgresql: @@index\(\[name\(ops: raw\("gin_trgm_ops"\)\)\], type: Gin/);
    expect(generated).toMatch(/^\s+@@index\(\[name\(ops: raw\("gin_trgm_ops"\)\)\], type: Gin/m);
    expect(generated).not.toMatch(/^\s*\/\/ postgresql: /m);
  });

  it("refuses a canonical schema whose datasource it cannot rewrite", () => {
    expect(() => toPostgresSchema(canonical.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/changed shape/);
  });
});
