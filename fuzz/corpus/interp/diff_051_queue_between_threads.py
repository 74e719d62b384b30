# SPDX-License-Identifier: MIT
# queue.Queue is the thread-safe pipe between a producer thread and a
# consumer thread; only the consumer prints, so the output order is fixed.
import queue
import threading
import time


def producer(jobs):
    for n in range(1, 5):
        time.sleep(0.05)
        jobs.put(n * n)
    jobs.put(None)


def consumer(jobs, totals):
    while True:
        item = jobs.get()
        if item is None:
            break
        totals.append(item)
        print("consumer got", item)


jobs = queue.Queue()
totals = []
threads = [threading.Thread(target=producer, args=(jobs,)),
           threading.Thread(target=consumer, args=(jobs, totals))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sum:", sum(totals), "empty:", jobs.empty())
try:
    jobs.get_nowait()
except queue.Empty:
    print("get_nowait on an empty queue raises queue.Empty")
