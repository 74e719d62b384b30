# SPDX-License-Identifier: MIT
# When the task awaiting a shield is cancelled, the caller gets CancelledError
# but the shielded task runs on; asyncio.run only returns once main() is done.
import asyncio


async def write_audit_log(event):
    await asyncio.sleep(0.2)
    print(f"audit log written: {event}")
    return "logged"


async def handler(request, audit):
    print(f"handling {request}")
    try:
        await asyncio.shield(audit)
        print("handler finished normally")
    except asyncio.CancelledError:
        print(f"handler for {request} cancelled; audit done? {audit.done()}")
        raise


async def main():
    audit = asyncio.create_task(write_audit_log("login alice"))
    request = asyncio.create_task(handler("GET /login", audit))
    await asyncio.sleep(0.1)
    request.cancel()
    await asyncio.sleep(0)
    print("request cancelled:", request.cancelled())
    print("audit result:", await audit)


asyncio.run(main())
