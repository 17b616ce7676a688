import Link from "next/link";
import { columnVisibilityFeature, createColumnHelper, rowSelectionFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import type { StatementRow } from "../lib/queries";

export const statementsTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature, rowSelectionFeature });

const column = createColumnHelper<typeof statementsTableFeatures, StatementRow>();

const TYPE_STYLES: Record<StatementRow["type"], string> = {
  direct: "bg-sky-100 text-sky-900",
  partial: "bg-violet-100 text-violet-900",
  indirect: "bg-stone-200 text-stone-800",
};

const STATUS_STYLES: Record<StatementRow["status"], string> = {
  unreviewed: "bg-stone-100 text-stone-700",
  verified: "bg-emerald-100 text-emerald-900",
  disputed: "bg-amber-100 text-amber-900",
  rejected: "bg-red-100 text-red-900",
};

export const COLUMN_LABELS: Record<string, string> = {
  text: "Statement",
  speaker: "Speaker",
  type: "Type",
  date: "Date",
  source: "Source",
  tags: "Tags",
  status: "Status",
};

export const statementsTableColumns = column.columns([
  column.accessor("text", {
    id: "text",
    header: "Statement",
    enableSorting: false,
    cell: ({ row }) => {
      const s = row.original;
      return (
        <div className="max-w-xl">
          <Link href={`/statements/${s.id}`} className="block hover:underline">
            {s.type === "direct" ? <q className="font-serif">{s.text}</q> : <span className="font-serif">{s.text}</span>}
          </Link>
          {s.group && s.group.sources > 1 ? (
            <div className="mt-1 text-xs text-stone-500" data-testid="reported-by">
              reported by {s.group.sources} sources{s.group.firstOn ? `, first on ${s.group.firstOn}` : ""}
            </div>
          ) : null}
        </div>
      );
    },
  }),
  column.accessor((row) => row.speaker?.name ?? "", {
    id: "speaker",
    header: "Speaker",
    cell: ({ row }) => {
      const { speaker, mention } = row.original;
      if (!speaker) return <span className="text-stone-400">Unknown</span>;
      return (
        <div>
          <div className="font-medium">
            <Link href={`/speakers/${speaker.slug}`} className="hover:underline">
              {speaker.name}
            </Link>
          </div>
          {speaker.role ? <div className="text-xs text-stone-500">{speaker.role}</div> : null}
          {mention && mention !== speaker.name ? <div className="text-xs text-stone-400">as “{mention}”</div> : null}
        </div>
      );
    },
  }),
  column.accessor("type", {
    id: "type",
    header: "Type",
    cell: ({ getValue }) => {
      const type = getValue();
      return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${TYPE_STYLES[type]}`}>{type}</span>;
    },
  }),
  column.accessor("date", {
    id: "date",
    header: "Date",
    cell: ({ row }) => {
      const { date, saidOn } = row.original;
      if (!date) return <span className="text-stone-400">Unknown</span>;
      return (
        <div className="whitespace-nowrap">
          <time dateTime={date}>{date}</time>
          <div className="text-xs text-stone-500">{saidOn ? "said" : "published"}</div>
        </div>
      );
    },
  }),
  column.accessor((row) => row.source.title ?? "", {
    id: "source",
    header: "Source",
    cell: ({ row }) => {
      const { source } = row.original;
      const title = source.title ?? "Untitled article";
      return (
        <div className="max-w-xs">
          <Link href={`/sources/${source.id}`} className="line-clamp-2 hover:underline">
            {title}
          </Link>
          <div className="text-xs text-stone-500">
            {source.outlet}
            {source.url ? (
              <a href={source.url} rel="noopener noreferrer nofollow" target="_blank" className="ml-1 hover:underline">
                original ↗
              </a>
            ) : null}
          </div>
        </div>
      );
    },
  }),
  column.accessor("tags", {
    id: "tags",
    header: "Tags",
    enableSorting: false,
    cell: ({ getValue }) => (
      <div className="flex flex-wrap gap-1">
        {getValue().map((tag) => (
          <span key={tag.slug} className="rounded-full border px-2 py-0.5 text-xs" style={{ borderColor: tag.color, color: tag.color }}>
            {tag.name}
          </span>
        ))}
      </div>
    ),
  }),
  column.accessor("status", {
    id: "status",
    header: "Status",
    cell: ({ getValue }) => {
      const status = getValue();
      return <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}>{status}</span>;
    },
  }),
]);
