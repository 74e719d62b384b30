# SPDX-License-Identifier: MIT
# threading.Thread: start several, join them all; I/O waits overlap.
import threading
import time


def download(url, seconds, results):
    time.sleep(seconds)
    results[url] = f"{len(url)} bytes"


def main():
    urls = {"a.example/x": 0.2, "b.example/yy": 0.1, "c.example/zzz": 0.3}
    results = {}
    start = time.time()
    threads = [threading.Thread(target=download, args=(u, s, results)) for u, s in urls.items()]
    for t in threads:
        t.start()
    print("started", len(threads), "threads")
    for t in threads:
        t.join()
    print(f"all joined after {time.time() - start:.1f}s")
    for url in sorted(results):
        print(f"{url:<14}{results[url]:>10}")
    print("any alive:", any(t.is_alive() for t in threads))


main()
