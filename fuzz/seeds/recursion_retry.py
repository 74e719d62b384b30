def f():
    return f()
for i in range(1000):
    try:
        f()
    except RecursionError:
        pass
print("done")
