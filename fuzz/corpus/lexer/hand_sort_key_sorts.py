def key(v):
    return sorted([v, v], key=key)
print(sorted([3, 1, 2], key=key))
