# expect-exit: 2
# SPDX-License-Identifier: MIT
# SystemExit is a BaseException: "except Exception" lets it through, finally
# blocks run, and the process exits with the given status.
import asyncio


async def validate(config):
    await asyncio.sleep(0.05)
    missing = [key for key in ("host", "port") if key not in config]
    if missing:
        print("missing settings:", ", ".join(missing))
        raise SystemExit(2)
    return config


async def main():
    try:
        await validate({"host": "localhost"})
    except Exception:
        print("never printed: SystemExit is not an Exception")
    finally:
        print("closing log file")


asyncio.run(main())
print("never printed")
