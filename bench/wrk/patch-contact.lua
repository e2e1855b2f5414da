-- PATCH /api/v1/contacts/{id} with If-Match. Each (slot, thread) pair takes its own slice of
-- bench/results/patch-targets.txt ("id version" lines) and goes round it, taking every contact's new
-- version from the answer, so that no two requests in flight touch one contact and If-Match is always
-- current: any 412 is counted as a failure.
package.path = os.getenv("BENCH_WRK") .. "/?.lua;" .. package.path
local lib = require "lib"

lib.authorize()
wrk.method = "PATCH"
wrk.headers["Content-Type"] = "application/merge-patch+json"
setup = lib.setup
done = lib.done

local slice = {}
local versions = {}
local next_index = 0
local counter = 0

function init(args)
   local targets = lib.read("patch-targets.txt")
   local threads = tonumber(os.getenv("BENCH_THREADS"))
   local slots = tonumber(os.getenv("BENCH_SLOTS"))
   local size = math.floor(#targets / (threads * slots))
   local first = (lib.slot(args[1]) * threads + thread_no - 1) * size
   for i = first + 1, first + size do
      table.insert(slice, targets[i][1])
      versions[targets[i][1]] = targets[i][2]
   end
end

function request()
   next_index = next_index % #slice + 1
   counter = counter + 1
   local id = slice[next_index]
   local headers = {}
   for name, value in pairs(wrk.headers) do
      headers[name] = value
   end
   headers["If-Match"] = '"' .. versions[id] .. '"'
   return wrk.format(nil, "/api/v1/contacts/" .. id, headers, string.format('{"title":"Patched %d"}', counter))
end

function response(status, headers, body)
   if status ~= 200 then
      lib.fail(status)
      return
   end
   local id = body:match('"id":"([%x%-]+)"')
   local version = body:match('"version":(%d+)')
   if id and version then
      versions[id] = version
   end
end
