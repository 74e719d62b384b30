# SPDX-License-Identifier: MIT
# C10K with threads: every open connection (a server-sent events stream, a
# websocket) keeps a thread of its own, even while it only waits.
import threading

import sim

CONNECTIONS = 1000
IDLE = 0.3      # seconds each connection waits for the next event to send


def handler(n):
    sim.client(f"client {n}")
    sim.blocking("socket", IDLE)    # idle: waiting for something to push


threads = [threading.Thread(target=handler, args=(n,))
           for n in range(1, CONNECTIONS + 1)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(f"{CONNECTIONS} connections held by {len(threads)} threads")
