# SPDX-License-Identifier: MIT
# ProcessPoolExecutor runs top-level functions in other processes; the
# __main__ guard keeps the workers from re-running the script.
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit):
    primes = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n ** 0.5) + 1)):
            primes += 1
    return primes


def check_positive(n):
    if n < 0:
        raise ValueError(f"negative input: {n}")
    return n


def main():
    limits = [100, 1000, 5000]
    with ProcessPoolExecutor(max_workers=2) as pool:
        for limit, count in zip(limits, pool.map(count_primes, limits)):
            print(f"primes below {limit:>5}: {count}")
        future = pool.submit(check_positive, -3)
        try:
            future.result()
        except ValueError as e:
            print("the worker's error came back:", repr(e))
        print("submit/result:", pool.submit(count_primes, 50).result())


if __name__ == "__main__":
    main()
