class A:
    def __repr__(self):
        return repr(self)
try:
    print(repr(A()))
except RecursionError as e:
    print("caught", e)
