// Opens GraphQL subscriptions over WebSocket (graphql-transport-ws, via graphql-ws) as the tests
// describe them and reports what happens, one JSON line per fact on stdout:
//   {"name","connected":true} | {"name","event":{...}} | {"name","error":...} | {"name","complete":true}
// Usage: node subscribe.mjs '<json>' where json is
//   {"url":"ws://host:port/graphql","subscriptions":[{"name","headers":{},"connectionParams":{},"query","variables"}]}
// Each subscription gets its own connection, so each can carry its own credentials.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const spec = JSON.parse(process.argv[2]);
const report = (fact) => process.stdout.write(JSON.stringify(fact) + '\n');
// graphql-ws fails a subscription with GraphQL errors (an array), a close event or an Error.
const describe = (error) => Array.isArray(error) ? error
  : error instanceof Error ? { message: error.message }
  : { code: error?.code, reason: error?.reason };

for (const sub of spec.subscriptions) {
  class AuthorizedWebSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: sub.headers ?? {} });
    }
  }
  const client = createClient({
    url: spec.url,
    webSocketImpl: AuthorizedWebSocket,
    connectionParams: sub.connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => report({ name: sub.name, connected: true }),
      closed: (event) => report({ name: sub.name, closed: { code: event?.code, reason: event?.reason } }),
    },
  });
  client.subscribe(
    { query: sub.query, variables: sub.variables ?? {} },
    {
      next: (result) => report({ name: sub.name, event: result }),
      error: (error) => report({ name: sub.name, error: describe(error) }),
      complete: () => report({ name: sub.name, complete: true }),
    },
  );
}

// The test ends the process when it has seen enough; stdin closing is the other way out.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
