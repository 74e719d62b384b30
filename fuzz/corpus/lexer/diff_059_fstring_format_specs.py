# SPDX-License-Identifier: MIT
# f-string format specs, as used for aligned progress reports.
import asyncio


async def download(name, size_mb, seconds):
    await asyncio.sleep(seconds)
    return name, size_mb, seconds


async def main():
    files = [
        ("ubuntu.iso", 4700.0, 0.15),
        ("notes.txt", 0.004, 0.05),
        ("movie.mkv", 1234.5678, 0.1),
    ]
    results = await asyncio.gather(*(download(*f) for f in files))
    print(f"{'name':<12}|{'size':>10}|{'MB/s':>8}|")
    for name, size, seconds in results:
        print(f"{name:<12}|{size:>10.2f}|{size / seconds:>8.1f}|")

    value = 3.14159
    count = 42
    ratio = 0.4567
    name = "worker"
    print(f"{value:.1f} {value:.3f} {value:8.2f}| {value:<8.2f}| {value:^9.1f}|")
    print(f"{count:5d}|{count:<5d}|{count:^5}|{count:05d}|{count:+d}|{-count:d}")
    print(f"{count:x} {count:X} {count:o} {count:b} {count:#x} {255:08b}")
    print(f"{ratio:.1%} {ratio:%} {1234567:,} {1234567.891:,.2f} {1234567:_}")
    print(f"{name:>8}|{name:<8}|{name:^10}|{name:*^10}|{name:.3}")
    print(f"{name!r} {name!s} {'it' + chr(39) + 's'!r} {[1, 'a']!r}")
    print(f"{1e-7} {1e16} {12345.0:.2e} {0.5:g} {1.5e10:g} {100.0:g}")
    print(f"{True} {None} {count=}")
    print(f"{{literal braces}} {'nested ' + f'{count:03}'}")


asyncio.run(main())
