x = b"\xff"
y = 0x_ff + 0o17 + 0b1 + 1_000 + 1e10 + 3j
s = rf"{x!r:>{10}}" u"\N{BULLET}" """tri
ple""" '\\x41'
print(f"{y=}", f"{s!a}", "%-5s|%05.2f" % ("a", 3.14159), "{0:,}".format(10**6))
lambda *a, b=1, **k: (yield)
async def g():
    async for i in aiter([]):
        pass
    async with a as (b, c):
        await d
match x:
    case [1, *rest] if rest:
        pass
