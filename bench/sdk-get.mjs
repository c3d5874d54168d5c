// One whole-process call of GetIngestConfiguration with the official AWS SDK
// for JavaScript v3, against the endpoint given in AWS_ENDPOINT_URL.
import { IVSRealTimeClient, GetIngestConfigurationCommand } from "@aws-sdk/client-ivs-realtime";

const client = new IVSRealTimeClient({ region: "us-east-1", endpoint: process.env.AWS_ENDPOINT_URL });
const reply = await client.send(new GetIngestConfigurationCommand({ arn: process.argv[2] }));
process.stdout.write(JSON.stringify({ ingestConfiguration: reply.ingestConfiguration }, null, 4) + "\n");
