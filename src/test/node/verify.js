// Verifies webhook deliveries with the standardwebhooks library (the specification's own implementation).
// stdin: a JSON array of {secret, headers, body}; stdout: a JSON array of {valid, error}, in the same order.
const { Webhook } = require("standardwebhooks");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const results = JSON.parse(input).map(({ secret, headers, body }) => {
    try {
      new Webhook(secret).verify(body, headers);
      return { valid: true, error: null };
    } catch (e) {
      return { valid: false, error: e.message };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
