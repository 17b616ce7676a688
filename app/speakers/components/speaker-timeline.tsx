import type { TimelineBucket } from "../lib/timeline";

const WIDTH = 640;
const HEIGHT = 120;
const AXIS = 18;

/** Statements over time as a bar chart: plain SVG, rendered on the server, with a text summary for screen readers. */
export function SpeakerTimeline({ buckets, name }: { buckets: TimelineBucket[]; name: string }) {
  if (!buckets.length) return <p className="text-sm text-stone-500">No dated statements yet.</p>;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  const slot = WIDTH / buckets.length;
  // Thin bars even when there are few buckets: a single month should not fill the chart.
  const barWidth = Math.min(36, Math.max(2, slot * 0.7));
  const plot = HEIGHT - AXIS;
  const first = buckets[0].label;
  const last = buckets.at(-1)!.label;
  const total = buckets.reduce((n, b) => n + b.count, 0);
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-32 w-full max-w-2xl"
        role="img"
        aria-label={`${total} statements by ${name} from ${first} to ${last}`}
        data-testid="speaker-timeline"
      >
        <line x1={0} y1={plot} x2={WIDTH} y2={plot} stroke="#d6d3d1" />
        {buckets.map((bucket, i) => {
          const height = (bucket.count / max) * (plot - 4);
          return (
            <rect
              key={bucket.label}
              x={i * slot + (slot - barWidth) / 2}
              y={plot - height}
              width={barWidth}
              height={height}
              rx={1}
              className="fill-red-700"
            >
              <title>{`${bucket.label}: ${bucket.count} statement${bucket.count === 1 ? "" : "s"}`}</title>
            </rect>
          );
        })}
        <text x={0} y={HEIGHT - 4} fontSize={11} className="fill-stone-500">
          {first}
        </text>
        <text x={WIDTH} y={HEIGHT - 4} fontSize={11} textAnchor="end" className="fill-stone-500">
          {last}
        </text>
      </svg>
      <figcaption className="text-xs text-stone-500">
        Statements per {first.length === 4 ? "year" : "month"}; the tallest bar is {max}.
      </figcaption>
    </figure>
  );
}
