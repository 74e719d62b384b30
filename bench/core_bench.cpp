// SPDX-License-Identifier: MIT
// Task switches under Google Benchmark. bench/compare-with-cpython runs it
// beside the same program under CPython; it can also be run by hand.
#include "core/awaitables.h"

#include <benchmark/benchmark.h>

using namespace coroscope;

namespace {

constexpr int kTasks = 10'000;
constexpr int kSwitches = 100;

Coro<void> switcher() {
    for (int i = 0; i < kSwitches; ++i)
        co_await yieldNow();
}

// 10,000 tasks each doing 100 `await asyncio.sleep(0)`, trace on.
void taskSwitch(benchmark::State& state) {
    for (auto _ : state) {
        Loop loop;
        auto main = [&]() -> Coro<void> {
            std::vector<Task<void>> tasks;
            tasks.reserve(kTasks);
            for (int i = 0; i < kTasks; ++i)
                tasks.push_back(loop.createTask(switcher()));
            for (auto& t : tasks)
                co_await t;
        };
        loop.run(main());
        benchmark::DoNotOptimize(loop.trace().size());
    }
    state.SetItemsProcessed(state.iterations() * kTasks * kSwitches);
    state.counters["ns_per_switch"] =
        benchmark::Counter(static_cast<double>(state.iterations()) * kTasks * kSwitches,
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(taskSwitch)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
