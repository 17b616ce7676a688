import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * An annotation's Markdown. react-markdown never renders raw HTML (no rehype-raw), and
 * rehype-sanitize strips dangerous URLs such as `javascript:` links as a second line of defence.
 */
export function AnnotationMarkdown({ body }: { body: string }) {
  return (
    <div className="prose-note text-sm">
      <ReactMarkdown
        rehypePlugins={[rehypeSanitize]}
        components={{ a: ({ node: _node, ...props }) => <a {...props} rel="noopener noreferrer nofollow" target="_blank" /> }}
      >
        {body}
      </ReactMarkdown>
    </div>
  );
}
