// Lists every ingest configuration with the official AWS SDK for JavaScript
// v3's paginator (paginateListIngestConfigurations, 100 a page), against the
// endpoint given in AWS_ENDPOINT_URL: with the SDK's default retry strategy
// (standard, 3 attempts), or with SDK_RETRY_MODE (e.g. adaptive, which adds
// client-side rate limiting) and SDK_MAX_ATTEMPTS.
// Prints {"items", "pages", "retries", "ms", "error"} as one JSON line.
import { IVSRealTimeClient, paginateListIngestConfigurations } from "@aws-sdk/client-ivs-realtime";

const config = { region: "us-east-1", endpoint: process.env.AWS_ENDPOINT_URL };
if (process.env.SDK_RETRY_MODE) {
    config.retryMode = process.env.SDK_RETRY_MODE;
}
if (process.env.SDK_MAX_ATTEMPTS) {
    config.maxAttempts = Number(process.env.SDK_MAX_ATTEMPTS);
}
const client = new IVSRealTimeClient(config);
const started = performance.now();
let items = 0;
let pages = 0;
let retries = 0;
let error = null;
try {
    for await (const page of paginateListIngestConfigurations({ client, pageSize: 100 }, {})) {
        pages += 1;
        items += page.ingestConfigurations.length;
        retries += (page.$metadata.attempts ?? 1) - 1;
    }
} catch (e) {
    error = `${e.name}: ${e.message}`;
    retries += (e.$metadata?.attempts ?? 1) - 1;
}
const ms = Math.round(performance.now() - started);
process.stdout.write(JSON.stringify({ items, pages, retries, ms, error }) + "\n");
