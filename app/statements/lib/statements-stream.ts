import "server-only";
import { getStatementsAfter } from "./queries";
import type { GetStatementsInput } from "./search-params";
import type { StatementsKeyset } from "./statements-query";
import { CSV_COLUMNS, csvLine, statementCsvLine, toStatementRecord } from "./statements-export";

/** Rows read per database round trip while streaming an export. */
const EXPORT_CHUNK = 500;

export type ExportFormat = "csv" | "json";

/**
 * Every row of a view as CSV or a JSON array, streamed: each pull reads the next chunk by keyset,
 * so memory stays flat however many rows match and a client that stops reading stops the reads.
 */
export function streamStatementsExport(input: GetStatementsInput, format: ExportFormat, origin: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: StatementsKeyset | null = null;
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // The byte-order mark makes spreadsheet programs read the CSV as UTF-8.
        controller.enqueue(encoder.encode(format === "csv" ? `\uFEFF${csvLine(CSV_COLUMNS)}` : "["));
        return;
      }
      try {
        const { rows, next } = await getStatementsAfter(input, after, EXPORT_CHUNK);
        let text = "";
        for (const row of rows) {
          const record = toStatementRecord(row, origin);
          if (format === "csv") text += statementCsvLine(record);
          else {
            text += `${first ? "\n" : ",\n"}${JSON.stringify(record)}`;
            first = false;
          }
        }
        if (text) controller.enqueue(encoder.encode(text));
        if (next) {
          after = next;
        } else {
          if (format === "json") controller.enqueue(encoder.encode(first ? "]\n" : "\n]\n"));
          controller.close();
        }
      } catch (error) {
        controller.error(error);
      }
    },
  });
}
