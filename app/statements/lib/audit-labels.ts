// Turns stored AuditEvents into the one-line summaries the statement's history shows.

type Json = Record<string, unknown> | null;

const parse = (text: string | null): Json => {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

const quote = (value: unknown, max = 120) => {
  const text = String(value ?? "");
  return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
};

const FIELD_LABELS: Record<string, string> = { text: "text", type: "type", saidOn: "said-on date" };

export function describeAuditEvent(event: { action: string; before: string | null; after: string | null }): string {
  const before = parse(event.before);
  const after = parse(event.after);
  switch (event.action) {
    case "statement.status":
      return `Status: ${before?.status ?? "?"} → ${after?.status ?? "?"}`;
    case "statement.speaker":
      return `Speaker: ${before?.speaker ?? "unknown"} → ${after?.speaker ?? "unknown"}${after?.merged ? " (speakers merged)" : ""}`;
    case "statement.edit":
      return Object.keys(after ?? {})
        .map((key) => `${FIELD_LABELS[key] ?? key}: ${before?.[key] == null ? "none" : quote(before[key], 60)} → ${after?.[key] == null ? "none" : quote(after[key], 60)}`)
        .join("; ")
        .replace(/^./, (c) => c.toUpperCase());
    case "statement.tag":
      return `Tagged ${quote(after?.tag)}`;
    case "statement.untag":
      return `Removed tag ${quote(before?.tag)}`;
    case "statement.delete":
      return "Deleted the statement";
    case "annotation.add":
      return `Annotated: ${quote(after?.body)}`;
    case "annotation.edit":
      return `Edited an annotation: ${quote(before?.body, 60)} → ${quote(after?.body, 60)}`;
    case "annotation.delete":
      return `Deleted an annotation: ${quote(before?.body)}`;
    default:
      return event.action;
  }
}
