# SPDX-License-Identifier: MIT
# concurrent.futures.ThreadPoolExecutor: submit() gives futures, map() gives
# results in input order.
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url):
    time.sleep(0.1)
    if url.endswith(".invalid"):
        raise ConnectionError(f"no route to {url}")
    return url.split(".")[0].upper()


def main():
    urls = ["alpha.com", "beta.org", "gamma.net", "delta.io"]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        print(list(pool.map(fetch, urls)))
    print(f"4 jobs on 2 threads: {time.perf_counter() - start:.1f}s")

    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {name: pool.submit(fetch, name) for name in ["x.com", "down.invalid"]}
        for name, future in futures.items():
            try:
                print(name, "->", future.result())
            except ConnectionError as e:
                print(name, "->", repr(e))
        print("all done:", all(f.done() for f in futures.values()))


main()
