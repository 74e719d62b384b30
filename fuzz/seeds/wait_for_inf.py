import asyncio
async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), timeout=float("inf"))
    except Exception as e:
        print(type(e).__name__)
asyncio.run(main())
