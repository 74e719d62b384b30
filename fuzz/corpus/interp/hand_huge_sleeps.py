import asyncio, time
async def main():
    for d in (9.3e9, float("nan"), -1, 1e308):
        try:
            await asyncio.sleep(d)
        except Exception as e:
            print(type(e).__name__, e)
    time.sleep(float("inf"))
asyncio.run(main())
