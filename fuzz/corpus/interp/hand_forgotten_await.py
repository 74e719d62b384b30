import asyncio
async def main():
    while True:
        asyncio.sleep(0.1)
asyncio.run(main())
