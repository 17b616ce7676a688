import fs from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { ingestArticle, type IngestResult } from "./ingest-article";

/** Article files named on the command line: `.txt` files, and `.txt` files inside folders (sorted). */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    // A path that cannot be read is kept: ingestFiles reports it as failed and goes on.
    const stat = await fs.stat(p).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(p)).filter((name) => name.endsWith(".txt")).sort();
      files.push(...names.map((name) => path.join(p, name)));
    } else {
      files.push(p);
    }
  }
  return files;
}

export type FileIngestResult = (IngestResult & { file: string }) | { status: "failed"; file: string; error: string };

/** Ingest each file in its own transaction; a bad file is reported and the rest go on. */
export async function ingestFiles(prisma: PrismaClient, paths: string[]): Promise<FileIngestResult[]> {
  const results: FileIngestResult[] = [];
  for (const file of await listArticleFiles(paths)) {
    try {
      const raw = await fs.readFile(file, "utf8");
      results.push({ file, ...(await ingestArticle(prisma, raw, { fileName: path.basename(file) })) });
    } catch (error) {
      results.push({ file, status: "failed", error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}
