// SPDX-License-Identifier: MIT
// The Chrome trace writer on runs of tasks with any names (the names come
// from scripts, so from learners): the export must stay strict JSON, which
// Perfetto and chrome://tracing open, whatever bytes a name holds.
#include "core/awaitables.h"
#include "core/chrome_trace.h"
#include "core/loop.h"
#include "strict_json.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace coroscope;

namespace {

Coro<void> child(Duration d) {
    co_await sleep(d);
}

// A main task that starts children named by the input, each sleeping a
// while; some are cancelled, the others awaited, so that spans, spawns,
// wake-ups and cancellations all reach the export.
Coro<void> parent(Loop& loop, FuzzedDataProvider& input) {
    std::vector<Task<void>> awaited;
    std::vector<Task<void>> cancelled;
    const int count = input.ConsumeIntegralInRange(0, 12);
    for (int i = 0; i < count; ++i) {
        const std::string name = input.ConsumeRandomLengthString(64);
        const auto delay = milliseconds(input.ConsumeIntegralInRange(0, 50));
        Task<void> task =
            loop.createTask(child(delay), name, input.ConsumeIntegral<std::uint16_t>());
        (input.ConsumeBool() ? cancelled : awaited).push_back(task);
    }
    if (input.ConsumeBool()) co_await sleep(milliseconds(input.ConsumeIntegralInRange(0, 20)));
    for (Task<void>& t : cancelled)
        t->cancel();
    for (Task<void>& t : awaited)
        co_await t;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    Loop loop;
    const std::string mainName = input.ConsumeRandomLengthString(64);
    loop.run(parent(loop, input), mainName);
    const std::string json = chromeTraceJson(loop.trace());
    if (!fuzz::isStrictJson(json)) {
        std::fwrite(json.data(), 1, json.size(), stderr);
        std::fprintf(stderr, "\nthe Chrome trace above is not strict JSON\n");
        std::abort();
    }
    return 0;
}
