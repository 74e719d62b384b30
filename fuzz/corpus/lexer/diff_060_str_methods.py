# SPDX-License-Identifier: MIT
# The string methods a log parser needs.
import asyncio

LOG = """  GET /index.html 200 0.031
POST /login 401 0.120
GET /static/app.js 200 0.005
  get /favicon.ico 404 0.002  """


async def parse_line(line):
    await asyncio.sleep(0)
    method, path, status, seconds = line.strip().split()
    return method.upper(), path, int(status), float(seconds)


async def main():
    entries = await asyncio.gather(*(parse_line(l) for l in LOG.splitlines()))
    for method, path, status, seconds in entries:
        kind = "static" if path.startswith("/static/") or path.endswith(".ico") else "page"
        print("{:<5} {:<18} {} {:>6.3f} {}".format(method, path, status, seconds, kind))

    print(", ".join(path for _, path, _, _ in entries))
    print("/".join(["", "api", "v1", "users"]))
    print("a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1))
    print("Hello".lower(), "Hello".upper(), "hello world".title(), "Hello".swapcase())
    print("  pad  ".strip() + "|", "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip() + "|")
    print("GET /old/path".replace("old", "new"), "aaa".replace("a", "b", 2))
    print("index.html".startswith("index"), "app.js".endswith((".js", ".css")))
    print("banana".find("an"), "banana".count("an"), "banana".index("na"), "banana".rfind("an"))
    print("42".isdigit(), "abc".isalpha(), "  ".isspace(), "Title".istitle())
    print("{} of {}".format(3, 10), "{name}: {n:03d}".format(name="job", n=7))
    print("x".center(5, "-"), "7".zfill(3), "ab" * 3, "-" * 10)
    print(repr("tab\there"), repr("quote's"), repr('say "hi"'), len("naïve"))


asyncio.run(main())
