-- wrk script: POSTs drawings to /api/predict as the page does ({"image": "data:image/png;base64,..."})
-- and counts answers whose digit differs from the one in the payload's file name (drawn-<d>.png).
-- The payload list comes from the file named by $DIGITPAD_PAYLOADS: one "<digit> <json file>" a line.

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    payloads = {}
    for line in io.lines(os.getenv("DIGITPAD_PAYLOADS")) do
        local digit, file = line:match("^(%d) (.+)$")
        local f = assert(io.open(file, "rb"))
        table.insert(payloads, { digit = digit, body = f:read("*a") })
        f:close()
    end
    next_payload = 0
    pending = {}
    wrong = 0
    checked = 0
end

function request()
    next_payload = next_payload % #payloads + 1
    table.insert(pending, payloads[next_payload].digit)
    return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, payloads[next_payload].body)
end

function response(status, headers, body)
    local expected = table.remove(pending, 1)
    if status == 200 then
        checked = checked + 1
        if not body:find('"digit":' .. expected, 1, true) then
            wrong = wrong + 1
        end
    end
end

function done(summary, latency, requests)
    local wrong_total, checked_total = 0, 0
    for _, thread in ipairs(threads) do
        wrong_total = wrong_total + thread:get("wrong")
        checked_total = checked_total + thread:get("checked")
    end
    io.write(string.format("answers checked: %d, wrong digit: %d\n", checked_total, wrong_total))
    for _, p in ipairs({ 50, 90, 99, 99.9 }) do
        io.write(string.format("latency p%s: %.2f ms\n", p, latency:percentile(p) / 1000))
    end
end
