# SPDX-License-Identifier: MIT
# isinstance and except clauses follow the exception hierarchy; str(e) and
# repr(e) differ, and KeyError quotes its key.
import asyncio


async def risky(kind):
    await asyncio.sleep(0.01)
    if kind == "key":
        return {}["user"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 / 0
    if kind == "type":
        return "a" + 1
    if kind == "timeout":
        raise TimeoutError("upstream too slow")
    if kind == "connection":
        raise ConnectionRefusedError("port 5432")
    return "fine"


async def main():
    for kind in ["key", "index", "zero", "type", "timeout", "connection", "none"]:
        try:
            print(kind, "->", await risky(kind))
        except LookupError as e:
            print(f"{kind} -> lookup problem: {type(e).__name__} str={e} repr={e!r}")
        except (ZeroDivisionError, TypeError) as e:
            print(f"{kind} -> {type(e).__name__}: {e}")
        except OSError as e:
            kinds = [cls.__name__ for cls in (ConnectionError, TimeoutError) if isinstance(e, cls)]
            print(f"{kind} -> OSError family {kinds}: {e!r}")
    print(isinstance(KeyError(), LookupError), isinstance(ValueError(), Exception))
    print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
    print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
    error = ValueError("bad", 42)
    print(error.args, str(error), repr(error), str(ValueError()), repr(str(KeyError("k"))))


asyncio.run(main())
