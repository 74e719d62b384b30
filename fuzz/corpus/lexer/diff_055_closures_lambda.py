# SPDX-License-Identifier: MIT
# Closures remember the variables of the function that made them; lambdas
# are small closures. Both are handy for callbacks and sort keys.
import asyncio


def make_counter(prefix):
    counts = {}

    def count(key):
        counts[key] = counts.get(key, 0) + 1
        return f"{prefix}{key}#{counts[key]}"

    return count


def make_retry_policy(base):
    return lambda attempt: base * 2 ** attempt


async def main():
    label = make_counter("req-")
    print(label("GET"), label("GET"), label("POST"))

    backoff = make_retry_policy(0.01)
    print([round(backoff(n), 2) for n in range(4)])

    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    messages = []
    for name in ["first", "second", "third"]:
        loop.call_soon(lambda n=name: messages.append(n.title()))
    loop.call_soon(done.set)
    await done.wait()
    print(messages)

    late_binding = [lambda: i for i in range(3)]
    early_binding = [lambda i=i: i for i in range(3)]
    print([f() for f in late_binding], [f() for f in early_binding])


asyncio.run(main())
