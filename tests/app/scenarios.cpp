// SPDX-License-Identifier: MIT
#include "scenarios.h"

#include "model/run_model.h"

#include "core/awaitables.h"
#include "core/errors.h"
#include "core/gather.h"
#include "core/loop.h"
#include "core/machine.h"
#include "core/queue.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace coroscope::scenarios {

namespace {

std::string tableName(int k) {
    return "table " + std::to_string(k + 1);
}

// sim.client(name) from inside a running task.
void serve(Loop& loop, const std::string& name) {
    TaskBase* t = loop.currentTask();
    t->setLine(kLineServe);
    loop.annotate(AnnotationKind::Client, name, t->id(), t->line(), t->worker());
}

void at(Loop& loop, int line) {
    if (TaskBase* t = loop.currentTask()) t->setLine(static_cast<std::uint32_t>(line));
}

// Takes the trace out of a finished loop; the loop records nothing after,
// as task handles still alive may report as they are destroyed.
std::shared_ptr<const RunModel> finish(Loop& loop) {
    loop.shutdown();
    Trace trace = loop.takeTrace();
    loop.setTracing(false);
    return makeRunModel(std::move(trace));
}

} // namespace

std::shared_ptr<const RunModel> sync(int clients, Duration latency) {
    Loop loop;
    auto body = [&]() -> Coro<void> {
        for (int k = 0; k < clients; ++k) {
            serve(loop, tableName(k));
            co_await cpu(milliseconds(5));
            at(loop, kLineKitchen);
            co_await blocking("kitchen", latency);
        }
    };
    auto main = loop.machine().startMain(body());
    loop.runUntilComplete(*main.get());
    return finish(loop);
}

namespace {

// One worker per client, threads of one process or processes of their own
// (each on a core of its own), every one serving its table then blocking
// in the kitchen; main joins them all.
std::shared_ptr<const RunModel> workerPerClient(int clients, Duration latency, bool processes) {
    MachineConfig config;
    if (processes) config.cores = clients;
    Loop loop(config);
    auto client = [&](int k) -> Coro<void> {
        serve(loop, tableName(k));
        co_await cpu(milliseconds(20));
        at(loop, kLineKitchen);
        co_await blocking("kitchen", latency);
    };
    auto body = [&]() -> Coro<void> {
        std::vector<Task<void>> workers;
        for (int k = 0; k < clients; ++k) {
            const std::string name = (processes ? "proc-" : "thread-") + std::to_string(k + 1);
            workers.push_back(processes ? loop.machine().startProcess(client(k), name)
                                        : loop.machine().startThread(client(k), name));
        }
        at(loop, kLineMain);
        for (auto& w : workers)
            co_await join(w);
    };
    auto main = loop.machine().startMain(body());
    loop.runUntilComplete(*main.get());
    return finish(loop);
}

} // namespace

std::shared_ptr<const RunModel> threads(int clients, Duration latency) {
    return workerPerClient(clients, latency, false);
}

std::shared_ptr<const RunModel> processes(int clients, Duration latency) {
    return workerPerClient(clients, latency, true);
}

namespace {

std::shared_ptr<const RunModel> asyncRun(int clients, Duration latency, int blockingClient) {
    Loop loop;
    auto client = [&](int k) -> Coro<void> {
        serve(loop, tableName(k));
        co_await cpu(milliseconds(2));
        at(loop, kLineKitchen);
        if (k == blockingClient)
            co_await blocking("requests.get", latency);
        else
            co_await io("kitchen", latency);
        at(loop, kLineServe + 3);
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<void>> cs;
        for (int k = 0; k < clients; ++k)
            cs.push_back(client(k));
        at(loop, kLineMain);
        co_await gather(loop, std::move(cs));
    };
    loop.run(main(), "main");
    return finish(loop);
}

} // namespace

std::shared_ptr<const RunModel> async(int clients, Duration latency) {
    return asyncRun(clients, latency, -1);
}

std::shared_ptr<const RunModel> asyncWithBlockingCall(int clients, Duration latency) {
    return asyncRun(clients, latency, 1);
}

std::shared_ptr<const RunModel> cancelAndFail() {
    Loop loop;
    auto fetch = [&]() -> Coro<void> {
        at(loop, 3);
        co_await io("db", milliseconds(10));
    };
    auto slow = [&]() -> Coro<void> {
        at(loop, 5);
        co_await sleep(milliseconds(1000));
    };
    auto broken = [&]() -> Coro<void> {
        at(loop, 7);
        co_await sleep(milliseconds(20));
        throw std::runtime_error("the oven broke");
    };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(fetch(), "fetch-1");
        auto b = loop.createTask(slow(), "slow");
        auto c = loop.createTask(broken(), "broken");
        at(loop, kLineMain);
        co_await sleep(milliseconds(30));
        b->cancel();
        co_await yieldNow();
        co_await yieldNow();
    };
    loop.run(main(), "main");
    return finish(loop);
}

std::shared_ptr<const RunModel> manySleepers(int tasks, int sleeps) {
    Loop loop;
    auto sleeper = [&](int k) -> Coro<void> {
        for (int i = 0; i < sleeps; ++i) {
            // Varying waits so lanes differ: 1 to 13 ms.
            co_await sleep(milliseconds(1 + (k * 7 + i * 3) % 13));
            if (i % 8 == 7) co_await cpu(microseconds(300));
        }
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Task<void>> ts;
        ts.reserve(static_cast<std::size_t>(tasks));
        for (int k = 0; k < tasks; ++k)
            ts.push_back(loop.createTask(sleeper(k)));
        for (auto& t : ts)
            co_await t;
    };
    loop.run(main(), "main");
    return finish(loop);
}

std::shared_ptr<const RunModel> producerConsumer(int items, int maxsize) {
    Loop loop;
    Queue<int> queue(loop, static_cast<std::size_t>(maxsize));
    auto cook = [&]() -> Coro<void> {
        for (int k = 0; k < items; ++k) {
            co_await queue.get();
            co_await io("kitchen", milliseconds(100));
        }
    };
    auto main = [&]() -> Coro<void> {
        auto c = loop.createTask(cook(), "cook");
        for (int k = 0; k < items; ++k)
            co_await queue.put(k);
        co_await c;
    };
    loop.run(main(), "main");
    return finish(loop);
}

} // namespace coroscope::scenarios
