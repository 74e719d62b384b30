// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <memory>

namespace coroscope {

struct RunModel;

// Real runs of the scheduler, written in C++ instead of a script, for the
// tests and the render benchmark. Each names the script line it stands for,
// so the code view has lines to mark.
namespace scenarios {

// The restaurant four ways: `clients` clients, each ordering (a little CPU
// work), then waiting for the kitchen for `latency`. Each serving task says
// which client it serves (sim.client).
std::shared_ptr<const RunModel> sync(int clients, Duration latency);
std::shared_ptr<const RunModel> threads(int clients, Duration latency);
std::shared_ptr<const RunModel> processes(int clients, Duration latency);
std::shared_ptr<const RunModel> async(int clients, Duration latency);
// Async, but the second client's order is a blocking call inside its coroutine.
std::shared_ptr<const RunModel> asyncWithBlockingCall(int clients, Duration latency);

// Three tasks: "fetch-1" finishes, "slow" is cancelled by main at 30 ms,
// "broken" fails at 20 ms.
std::shared_ptr<const RunModel> cancelAndFail();

// `tasks` tasks, each sleeping `sleeps` times for varying short times: the
// shape of a big run (10,000 x 33 sleeps is about a million events).
std::shared_ptr<const RunModel> manySleepers(int tasks, int sleeps);

// main puts `items` orders into a queue of `maxsize` (waiting while it is
// full) that the task "cook" empties, 100 ms per order.
std::shared_ptr<const RunModel> producerConsumer(int items, int maxsize);

// The lines the scenarios report, as the script they stand for would.
inline constexpr int kLineServe = 4;   // sim.client(...)
inline constexpr int kLineKitchen = 6; // the kitchen call
inline constexpr int kLineMain = 10;   // main's await

} // namespace scenarios
} // namespace coroscope
