// SPDX-License-Identifier: MIT
// 100,000 tasks each sleeping 10 ms, gathered, with the trace on. One run per
// process: it prints the wall time and the process's peak resident memory,
// so the figure is the engine's and not a benchmark harness's.
#include "core/awaitables.h"
#include "core/gather.h"

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

using namespace coroscope;

namespace {
Coro<void> nap() {
    co_await sleep(milliseconds(10));
}
} // namespace

int main() {
    auto start = std::chrono::steady_clock::now();
    std::size_t events = 0;
    Time virtualEnd = 0;
    {
        Loop loop;
        auto main = [&]() -> Coro<void> {
            std::vector<Coro<void>> naps;
            naps.reserve(100'000);
            for (int i = 0; i < 100'000; ++i)
                naps.push_back(nap());
            co_await gather(loop, std::move(naps));
        };
        loop.run(main());
        events = loop.trace().size();
        virtualEnd = loop.time();
    }
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("gather100k_wall_s=%.4f gather100k_peak_mb=%.1f events=%zu virtual_s=%.3f\n", wall,
                static_cast<double>(usage.ru_maxrss) / 1024.0, events, toSeconds(virtualEnd));
    return 0;
}
