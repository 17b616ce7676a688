import * as z from "zod";

// Zod probes `new Function` once to decide whether to compile fast parsers. Under our
// Content-Security-Policy (no eval) the probe fails harmlessly, but the browser still reports a
// violation on every page with a form; jitless mode skips the probe. Imported by the modules that
// build schemas, before they build any.
z.config({ jitless: true });
