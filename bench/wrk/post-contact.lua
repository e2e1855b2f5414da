-- POST /api/v1/contacts: a new contact with a unique email at a random ordinary account of tenant A.
package.path = os.getenv("BENCH_WRK") .. "/?.lua;" .. package.path
local lib = require "lib"

lib.authorize()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
setup = lib.setup
done = lib.done

local accounts
local prefix
local counter = 0

function init(args)
   accounts = lib.read("account-ids.txt")
   math.randomseed(os.time() * 100 + thread_no)
   -- Unique across runs, slots and threads.
   prefix = string.format("post-%d-%s-%d-", os.time(), args[1] or "run", thread_no)
end

function request()
   counter = counter + 1
   return wrk.format(nil, "/api/v1/contacts", nil, string.format(
      '{"firstName":"Posted","lastName":"Contact %d","email":"%s%d@bench.example","accountId":"%s","lifecycleStage":"lead"}',
      counter, prefix, counter, accounts[math.random(#accounts)][1]))
end

function response(status, headers, body)
   if status ~= 201 then
      lib.fail(status)
   end
end
