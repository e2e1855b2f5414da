-- GET /api/v1/contacts/{id} with ids drawn at random from bench/results/contact-ids.txt.
package.path = os.getenv("BENCH_WRK") .. "/?.lua;" .. package.path
local lib = require "lib"

lib.authorize()
setup = lib.setup
done = lib.done

local ids

function init(args)
   ids = lib.read("contact-ids.txt")
   math.randomseed(os.time() * 100 + thread_no)
end

function request()
   return wrk.format("GET", "/api/v1/contacts/" .. ids[math.random(#ids)][1])
end
