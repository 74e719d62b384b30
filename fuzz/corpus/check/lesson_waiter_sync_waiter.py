# SPDX-License-Identifier: MIT
# One waiter serves every table, and waits at the kitchen for each plate.
import time

import sim

TABLES = 4      # customers, one per table
KITCHEN = 0.2   # seconds the kitchen cooks one plate (I/O)
ORDER = 0.02    # seconds the waiter spends writing an order (CPU)


def table(n):
    sim.client(f"table {n}")            # the waiter walks to table n
    sim.cpu(ORDER)                      # writes the order on the pad
    sim.blocking("kitchen", KITCHEN)    # stands at the kitchen, waiting
    return f"table {n} served"


start = time.perf_counter()
for n in range(1, TABLES + 1):
    print(table(n))
print(f"{TABLES} tables in {time.perf_counter() - start:.1f} s")
