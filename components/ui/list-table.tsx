import Link from "next/link";

export interface ListTableColumn {
  label: string;
  align?: "left" | "right";
}

/** The bordered list table the index pages share; rows are the caller's `<tr>`s. */
export function ListTable({
  testId,
  columns,
  empty,
  children,
}: {
  testId: string;
  columns: ListTableColumn[];
  /** Shown under the header when there are no rows. */
  empty?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="border-b border-stone-200 bg-stone-100 text-xs uppercase tracking-wide text-stone-600">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={`px-3 py-2 font-medium ${column.align === "right" ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">{children}</tbody>
      </table>
      {empty ? (
        <p className="px-3 py-8 text-center text-stone-500" role="status">
          {empty}
        </p>
      ) : null}
    </div>
  );
}

/** The total and previous/next links under a ListTable; `pageHref` builds the link to a page. */
export function ListPagination({
  total,
  noun,
  page,
  pageCount,
  pageHref,
}: {
  total: number;
  /** Singular; an `s` is added for any total but one. */
  noun: string;
  page: number;
  pageCount: number;
  pageHref: (page: number) => string;
}) {
  return (
    <nav className="flex items-center justify-between text-sm text-stone-600" aria-label="Pagination">
      <p>
        {total} {noun}
        {total === 1 ? "" : "s"}
      </p>
      {pageCount > 1 ? (
        <p className="flex gap-3">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : null}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link href={pageHref(page + 1)}>Next →</Link> : null}
        </p>
      ) : null}
    </nav>
  );
}
