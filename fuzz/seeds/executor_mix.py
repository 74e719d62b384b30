import asyncio, concurrent.futures, time
def block(n):
    time.sleep(n)
    return n
async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        fs = [loop.run_in_executor(pool, block, 0.1 * i) for i in range(4)]
        done, pending = await asyncio.wait(fs, timeout=0.25, return_when=asyncio.FIRST_COMPLETED)
        print(len(done), len(pending))
        f = pool.submit(block, 1)
        print(f.result(timeout=float("inf")))
asyncio.run(main())
