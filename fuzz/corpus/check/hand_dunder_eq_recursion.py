class A:
    def __eq__(self, other):
        return self == other
print(A() == A())
