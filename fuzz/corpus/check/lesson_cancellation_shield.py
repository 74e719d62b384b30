# SPDX-License-Identifier: MIT
# The client hangs up while its payment is being saved. shield() lets the
# database write finish even though the handler is cancelled.
import asyncio
import time

import db
import sim

DB_WRITE = 0.3   # seconds the UPDATE takes
HANG_UP = 0.1    # the client disconnects after this many seconds
START = time.perf_counter()


def log(text):
    print(f"{time.perf_counter() - START:.1f} s  {text}")


async def save_payment(conn, order):
    await conn.execute(f"UPDATE orders SET paid = true WHERE id = {order}")
    log(f"database: order {order} saved")


async def handler(conn, order):
    await asyncio.shield(save_payment(conn, order))
    log("handler: answer sent")


async def main():
    sim.set_latency(DB_WRITE, host="db")
    conn = await db.connect()
    request = asyncio.create_task(handler(conn, 42), name="handler")
    await asyncio.sleep(HANG_UP)
    request.cancel()                    # the client hung up
    try:
        await request
    except asyncio.CancelledError:
        log("handler: cancelled")
    await asyncio.sleep(DB_WRITE)       # a server's loop keeps running


asyncio.run(main())
