# SPDX-License-Identifier: MIT
# More waiters (threads). They wait at the kitchen side by side, but share
# one order pad: the GIL lets one thread at a time run Python code.
import time
from concurrent.futures import ThreadPoolExecutor

import sim

TABLES = 4      # customers, one per table
KITCHEN = 0.2   # seconds the kitchen cooks one plate (I/O)
ORDER = 0.02    # seconds the waiter spends writing an order (CPU)
WORKERS = 4     # waiters: threads in the pool


def table(n):
    sim.client(f"table {n}")            # a waiter walks to table n
    sim.cpu(ORDER)                      # writes the order: needs the GIL
    sim.blocking("kitchen", KITCHEN)    # waits at the kitchen, GIL released
    return f"table {n} served"


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=WORKERS) as waiters:
    for line in waiters.map(table, range(1, TABLES + 1)):
        print(line)
print(f"{TABLES} tables in {time.perf_counter() - start:.1f} s")
