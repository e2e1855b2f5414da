-- GraphQL: 20 accounts of tenant B from a random point of their creation order, each with its
-- contacts and opportunities (Account.contacts takes no "first" and Account.opportunities no status
-- filter, so all of them come, with their status; tenant B's accounts have about 10 and 5).
-- The generator creates account n at 2024-01-01T00:00:00Z plus n minutes.
package.path = os.getenv("BENCH_WRK") .. "/?.lua;" .. package.path
local lib = require "lib"

lib.authorize()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
setup = lib.setup
done = lib.done

local QUERY = 'query($since: DateTime) { accounts(first: 20, filter: {createdAt: {ge: $since}}, orderBy: \\"createdAt\\") '
   .. '{ edges { node { id name industry contacts { id firstName lastName email } '
   .. 'opportunities { id name status stageId amount { amount currency } } } } } }'
local accounts

function init(args)
   accounts = tonumber(args[2])
   math.randomseed(os.time() * 100 + thread_no)
end

function request()
   local since = os.date("!%Y-%m-%dT%H:%M:%SZ", 1704067200 + 60 * math.random(1, accounts - 20))
   return wrk.format(nil, "/graphql", nil,
      '{"query":"' .. QUERY .. '","variables":{"since":"' .. since .. '"}}')
end

function response(status, headers, body)
   if status ~= 200 or body:find('"errors"', 1, true) then
      lib.fail(status)
   end
end
