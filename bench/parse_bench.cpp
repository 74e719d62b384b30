// SPDX-License-Identifier: MIT
// How long the front end takes on a long scenario: a generated 2,000-line
// asyncio script in the style of the lessons. The editor re-parses on every
// run, so this must stay far below a frame.
#include "script/checks/check.h"
#include "script/checks/parse.h"
#include "script/syntax/lexer.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

// One block of about 40 lines of typical lesson code, numbered so that
// every block defines its own names.
std::string lessonBlock(int n) {
    const std::string i = std::to_string(n);
    return "\n"
           "class Service" +
           i +
           ":\n"
           "    \"\"\"A simulated service with a latency and a request counter.\"\"\"\n"
           "\n"
           "    def __init__(self, name: str, latency: float = 0.1) -> None:\n"
           "        self.name = name\n"
           "        self.latency = latency\n"
           "        self.requests = 0\n"
           "\n"
           "    async def handle(self, request_id, payload=None):\n"
           "        self.requests += 1\n"
           "        await asyncio.sleep(self.latency * (1 + request_id % 3))\n"
           "        return {'id': request_id, 'service': self.name, 'size': len(payload or '')}\n"
           "\n"
           "\n"
           "async def fetch" +
           i +
           "(session, url, *, retries=3, timeout=2.5):\n"
           "    for attempt in range(retries):\n"
           "        try:\n"
           "            async with session.get(url, timeout=timeout) as response:\n"
           "                text = await response.text()\n"
           "                print(f\"{url!r:<30} {len(text):>6} bytes (attempt {attempt + 1})\")\n"
           "                return text\n"
           "        except (asyncio.TimeoutError, ConnectionError) as error:\n"
           "            delay = 0.1 * 2 ** attempt\n"
           "            print(f'retrying {url} in {delay:.2f}s: {error}')\n"
           "            await asyncio.sleep(delay)\n"
           "        finally:\n"
           "            session.closed_count = getattr(session, 'closed_count', 0) + 1\n"
           "    raise RuntimeError(f'gave up on {url}') from None\n"
           "\n"
           "\n"
           "async def worker" +
           i +
           "(name, queue, results, lock):\n"
           "    while True:\n"
           "        job = await queue.get()\n"
           "        if job is None:\n"
           "            queue.task_done()\n"
           "            break\n"
           "        elapsed = sum(x * x for x in range(job) if x % 2 == 0) / 1_000\n"
           "        async with lock:\n"
           "            results[name] = results.get(name, []) + [elapsed]\n"
           "        queue.task_done()\n";
}

std::string generatedScript(int lines) {
    std::string script = "# SPDX-License-Identifier: MIT\n"
                         "import asyncio\n"
                         "import random\n"
                         "import time\n"
                         "from concurrent.futures import ThreadPoolExecutor\n";
    int n = 0;
    while (std::count(script.begin(), script.end(), '\n') < lines - 20)
        script += lessonBlock(n++);
    script += "\n"
              "async def main():\n"
              "    queue = asyncio.Queue()\n"
              "    lock = asyncio.Lock()\n"
              "    results = {}\n"
              "    workers = [asyncio.create_task(worker0(f'w{k}', queue, results, lock))\n"
              "               for k in range(4)]\n"
              "    for job in [random.randint(10, 100) for _ in range(20)]:\n"
              "        await queue.put(job)\n"
              "    for _ in workers:\n"
              "        await queue.put(None)\n"
              "    await queue.join()\n"
              "    done, pending = await asyncio.wait(workers, timeout=1.0)\n"
              "    print(len(done), len(pending), sorted(results))\n"
              "\n"
              "\n"
              "if __name__ == '__main__':\n"
              "    asyncio.run(main())\n";
    return script;
}

const std::string& script() {
    static const std::string text = generatedScript(2000);
    return text;
}

void parseTwoThousandLines(benchmark::State& state) {
    for (auto _ : state) {
        coroscope::ParseResult result = coroscope::parseScript("lesson.py", script());
        if (!result.ok()) state.SkipWithError(result.errors[0].format().c_str());
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * script().size()));
    state.counters["lines"] =
        static_cast<double>(std::count(script().begin(), script().end(), '\n'));
}
BENCHMARK(parseTwoThousandLines)->Unit(benchmark::kMillisecond);

void lexTwoThousandLines(benchmark::State& state) {
    const coroscope::SourceFile source("lesson.py", script());
    for (auto _ : state) {
        coroscope::LexResult result = coroscope::Lexer(source).tokenize();
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * script().size()));
}
BENCHMARK(lexTwoThousandLines)->Unit(benchmark::kMillisecond);

void checkTwoThousandLines(benchmark::State& state) {
    for (auto _ : state) {
        coroscope::CheckedScript result = coroscope::checkScript("lesson.py", script());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(checkTwoThousandLines)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
