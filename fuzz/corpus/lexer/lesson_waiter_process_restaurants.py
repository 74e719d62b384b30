# SPDX-License-Identifier: MIT
# More restaurants (processes): each has its own waiter, order pad (GIL)
# and memory, and must open (start up) before it can serve.
from concurrent.futures import ProcessPoolExecutor

import sim

TABLES = 4      # customers, one per table
KITCHEN = 0.2   # seconds the kitchen cooks one plate (I/O)
ORDER = 0.02    # seconds the waiter spends writing an order (CPU)
WORKERS = 4     # restaurants: processes in the pool


def table(n):
    sim.client(f"table {n}")            # its waiter walks to table n
    sim.cpu(ORDER)                      # its own pad: runs in parallel
    sim.blocking("kitchen", KITCHEN)    # waits at its kitchen
    return f"table {n} served"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=WORKERS) as restaurants:
        for line in restaurants.map(table, range(1, TABLES + 1)):
            print(line)
    # No stopwatch here: starting real processes takes a time that varies
    # from machine to machine. The Compare view shows the simulated total.
    print(f"{TABLES} tables in {WORKERS} restaurants")
