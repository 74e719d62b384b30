# SPDX-License-Identifier: MIT
# multiprocessing.Process: each child reports back through its exit code
# (children do not print: output from two processes has no defined order).
import multiprocessing
import time


def backup(seconds, fail):
    time.sleep(seconds)
    if fail:
        raise SystemExit(3)


def main():
    jobs = {"photos": (0.1, False), "music": (0.2, True), "mail": (0.05, False)}
    processes = {}
    for name, (seconds, fail) in jobs.items():
        process = multiprocessing.Process(target=backup, args=(seconds, fail), name=name)
        process.start()
        processes[name] = process
    print("started:", sorted(processes))
    for name, process in processes.items():
        process.join()
        status = "ok" if process.exitcode == 0 else f"failed ({process.exitcode})"
        print(f"{name:<7}{status}")
    print("alive:", [p.is_alive() for p in processes.values()])


if __name__ == "__main__":
    main()
