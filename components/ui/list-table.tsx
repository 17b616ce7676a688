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
