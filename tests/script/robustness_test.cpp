// SPDX-License-Identifier: MIT
// Whatever a learner types, the front end answers with a tree or with errors:
// it never crashes, hangs or throws.
#include "script/checks/check.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace coroscope {
namespace {

const char* const kCrawler = R"py(# A tiny crawler: at most two requests in flight.
import asyncio
import time

SITE = {
    "/": (0.1, ["/about", "/blog"]),
    "/about": (0.05, ["/"]),
    "/blog": (0.2, ["/blog/1", "/about"]),
    "/blog/1": (0.1, []),
}


async def fetch(path, limit):
    async with limit:
        delay, links = SITE[path]
        await asyncio.sleep(delay)
        return links


async def crawl(start_page):
    limit = asyncio.Semaphore(2)
    seen = {start_page}
    frontier = [start_page]
    depth = 0
    while frontier:
        pages = await asyncio.gather(*(fetch(p, limit) for p in frontier))
        print(f"depth {depth}: {', '.join(frontier)}")
        found = [link for links in pages for link in links if link not in seen]
        frontier = sorted(set(found))
        seen.update(frontier)
        depth += 1
    return seen


async def main():
    start = time.perf_counter()
    seen = await crawl("/")
    print(f"{len(seen)} pages:", sorted(seen))
    print(f"crawled in {time.perf_counter() - start:.1f}s")


asyncio.run(main())
)py";

const char* const kShutdown = R"py(import asyncio
import random


class Server:
    def __init__(self, name: str, capacity: int = 3) -> None:
        self.name = name
        self.queue = asyncio.Queue(maxsize=capacity)
        self.stopping = asyncio.Event()
        self.handled = 0

    async def handler(self, request_id, seconds):
        try:
            await asyncio.sleep(seconds)
            self.handled += 1
            return f"{self.name}#{request_id} done in {seconds:.2f}s"
        except asyncio.CancelledError:
            print(f"request {request_id!r} cancelled")
            raise
        finally:
            self.queue.task_done()

    async def worker(self, number):
        while not self.stopping.is_set():
            request_id, seconds = await self.queue.get()
            result = await self.handler(request_id, seconds)
            print(number, result)


async def main(clients=5, *, seed=42):
    random.seed(seed)
    server = Server("api")
    async with asyncio.TaskGroup() as group:
        workers = [group.create_task(server.worker(n), name=f"worker-{n}") for n in range(2)]
        for request_id in range(clients):
            await server.queue.put((request_id, random.uniform(0.1, 0.5)))
        await server.queue.join()
        server.stopping.set()
        for task in workers:
            task.cancel()
    try:
        await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.1)), timeout=1.0)
    except (asyncio.TimeoutError, ValueError) as error:
        print("timed out:", error)
    else:
        print(server.handled, "handled", sep=": ", end="\n")


if __name__ == "__main__":
    asyncio.run(main())
)py";

const char* const kExecutors = R"py(import asyncio
import time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor
from functools import partial


def blocking_io(seconds):
    time.sleep(seconds)
    return seconds


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = await asyncio.gather(
            *[loop.run_in_executor(pool, blocking_io, s / 10) for s in range(1, 4)]
        )
        print("threads:", results)
    with ProcessPoolExecutor() as pool:
        total = await loop.run_in_executor(pool, partial(cpu_bound, 10_000))
        print(f"processes: {total:,}")
    done, pending = await asyncio.wait(
        [asyncio.create_task(asyncio.sleep(x)) for x in (0.1, 0.2)],
        return_when=asyncio.FIRST_COMPLETED,
    )
    squares = {k: v ** 2 for k, v in enumerate([1, 2, 3]) if v % 2 == 1}
    lookup = lambda key, default=None: squares.get(key, default)
    print(len(done), len(pending), squares, lookup(0), lookup(9, -1))


asyncio.run(main())
)py";

// Checks one outcome and reports whether it was a tree.
bool checkOutcome(const std::string& text) {
    const CheckedScript result = checkScript("mutant.py", text);
    if (result.module) {
        for (const ScriptError& error : result.errors)
            EXPECT_FALSE(error.format().empty());
        return true;
    }
    EXPECT_FALSE(result.errors.empty());
    for (const ScriptError& error : result.errors) {
        EXPECT_FALSE(error.message.empty());
        EXPECT_GE(error.line, 1);
        EXPECT_GE(error.column, 0);
        EXPECT_FALSE(error.format().empty());
    }
    return false;
}

TEST(Robustness, ThousandsOfMutatedScriptsEitherParseOrReportErrors) {
    const std::vector<std::string> scripts = {kCrawler, kShutdown, kExecutors};
    for (const std::string& script : scripts)
        ASSERT_TRUE(checkOutcome(script)) << script;

    // A fixed seed and the engine's raw output (not a distribution, whose
    // results differ between standard libraries) keep the run identical.
    std::mt19937 random(20240611u);
    const std::string alphabet = "()[]{}:;,.=+-*/%@'\"\\#\n\t abcfrxyz019_<>!";
    constexpr int kMutants = 3000;
    int parsed = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kMutants; ++i) {
        std::string text = scripts[random() % scripts.size()];
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits && !text.empty(); ++e) {
            const size_t at = random() % text.size();
            switch (random() % 3) {
            case 0: text.erase(at, 1); break;
            case 1: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
            default: text.insert(at, text.substr(at, 1 + random() % 8)); break;
            }
        }
        EXPECT_NO_THROW(parsed += checkOutcome(text) ? 1 : 0) << text;
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
#ifdef NDEBUG
    // Optimised builds take well under a tenth of this; instrumented builds are
    // slower and only have to finish.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
#else
    (void)elapsed;
#endif
    // Some mutants stay valid Python (a changed name or number), most do not.
    EXPECT_GT(parsed, 0);
    EXPECT_LT(parsed, kMutants);
}

TEST(Robustness, PathologicalInputsAreRefusedCleanly) {
    const std::vector<std::string> inputs = {
        std::string(100000, '('),
        std::string(5000, '[') + std::string(5000, ']'),
        std::string(50000, '-') + "x\n",
        std::string(20000, '~') + "x\n",
        "x = " +
            [] {
                std::string nots;
                for (int i = 0; i < 20000; ++i)
                    nots += "not ";
                return nots;
            }() +
            "y\n",
        "x = " +
            [] {
                std::string lambdas;
                for (int i = 0; i < 5000; ++i)
                    lambdas += "lambda: ";
                return lambdas;
            }() +
            "1\n",
        "x = 1 if y else " +
            [] {
                std::string chain;
                for (int i = 0; i < 5000; ++i)
                    chain += "2 if y else ";
                return chain;
            }() +
            "3\n",
        [] {
            std::string nested;
            for (int i = 0; i < 200; ++i)
                nested += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
            return nested + std::string(200, ' ') + "pass\n";
        }(),
        "f'{" + std::string(1000, '{') + "'\n",
        "x = '''" + std::string(100000, 'a'),
        std::string("x = 1\0y = 2\n", 12),
        "x = '\xff\xfe\xc3'\n\xc3\x28 = 1\n",
        "\xe2\x80\x8b = 1\n",
        "\\",
        "\t\t\t\n  \t \n",
        "if True:\n\tpass\n        pass\n",
        std::string(10000, '\n') + "x = (",
        "x = 0x" + std::string(1000, 'f') + "\n",
        "x = 1e99999 + 1" + std::string(500, '0') + "\n",
        "print(" +
            [] {
                std::string args;
                for (int i = 0; i < 20000; ++i)
                    args += "a, ";
                return args;
            }() +
            ")\n",
    };
    for (const std::string& input : inputs)
        EXPECT_NO_THROW(checkOutcome(input)) << input.substr(0, 80);
}

} // namespace
} // namespace coroscope
