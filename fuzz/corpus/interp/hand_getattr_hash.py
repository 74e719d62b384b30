class A:
    def __getattr__(self, name):
        return self.missing
    def __hash__(self):
        return hash(self)
a = A()
try:
    a.x
except RecursionError:
    print("ok")
print({a: 1})
