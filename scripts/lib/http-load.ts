// The load side of bench:http, run as its own process so the client does not share the server's
// event loop: autocannon cycles through the given paths and reports latencies it measured itself.
//   tsx scripts/lib/http-load.ts <base-url> <connections> <seconds> <paths.json>
import fs from "node:fs";
import autocannon from "autocannon";

const [base, connections, seconds, pathsFile] = process.argv.slice(2);
const paths = JSON.parse(fs.readFileSync(pathsFile, "utf8")) as string[];
let next = 0;
const latencies: number[] = [];
const statuses = new Map<number, number>();

const instance = autocannon(
  {
    url: base,
    connections: Number(connections),
    duration: Number(seconds),
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length];
          return request;
        },
      },
    ],
  },
  (error, result) => {
    if (error) throw error;
    report(result);
  },
);
instance.on("response", (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
});

function report(result: autocannon.Result): void {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  process.stdout.write(
    JSON.stringify({
      requests: latencies.length,
      requestsPerSecond: latencies.length / result.duration,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: at(1),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statuses: Object.fromEntries(statuses),
    }),
  );
}
