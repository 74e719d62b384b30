for f in (lambda: ' '.center(10**10), lambda: '%999999999d' % 1, lambda: f'{1:999999999}', lambda: 'a\tb'.expandtabs(10**9), lambda: [0] * 2**62):
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
