import functools
f = print
for i in range(1000):
    f = functools.partial(f)
f("hi")
