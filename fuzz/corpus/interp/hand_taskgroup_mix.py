import asyncio
async def worker(n, q):
    async with asyncio.timeout(0.5):
        await q.put(n)
        await asyncio.sleep(n / 10)
    return n * 2
async def main():
    q = asyncio.Queue(maxsize=2)
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(i, q), name=f"w\"{i}\\\udc80") for i in range(4)]
        async with lock, sem:
            while not q.empty():
                print(await q.get())
    print([t.result() for t in ts], await asyncio.gather(asyncio.shield(worker(9, q)), return_exceptions=True))
asyncio.run(main())
