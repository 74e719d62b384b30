import asyncio
async def main():
    loop = asyncio.get_running_loop()
    def again():
        loop.call_soon(again)
    loop.call_soon(again)
    await asyncio.sleep(1)
asyncio.run(main())
