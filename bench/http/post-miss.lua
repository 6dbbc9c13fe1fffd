-- wrk: a distinct text per request (thread id + counter), so every request is a cache miss.
-- Pointed at the simulator itself (path /v1/text-to-speech/...), it measures the upstream's own latency.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  path = args[1] or "/v1/audio"
  run = args[2] or tostring(os.time())
end

function request()
  counter = counter + 1
  -- "número" keeps the thread id and the counter apart: "Mensaje <run> 2 100" read as "dos mil cien", the same words as
  -- "2 1100" ("dos" "mil cien"), so past 1,100 requests a thread repeated texts and 900 of them were cache hits
  local body = string.format('{"text": "Mensaje %s %d número %d para la campaña.", "voice": "Bella", "language": "es"}',
    run, id, counter)
  return wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
end
