class A: pass
for i in range(100000):
    A = type("A", (A,), {})
print(A)
