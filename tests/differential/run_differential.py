#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Differential tests: every script must behave the same under CPython and Coroscope.

    run_differential.py --coroscope PATH [--jobs N] [--timeout S] [SCRIPT ...]
        Runs each script under this Python (the reference, CPython 3.11) and
        under `PATH run SCRIPT`, then compares standard output byte for byte
        and the exit status. Prints a unified diff for every mismatch.

    run_differential.py --python-only [--runs N] [--jobs N] [--timeout S] [SCRIPT ...]
        Runs each script N times under this Python and checks that the output
        is identical every time and that the exit status is the expected one.
        Runs after the first use another hash seed and shift the memory layout,
        so output that depends on set order or object addresses shows up.

    run_differential.py --refresh-golden [--runs N] [--timeout S] [SCRIPT ...]
        Records the reference output of each script that needs real
        concurrency (see below): runs it N times (default 5), one at a time,
        under this Python on the real clock, and keeps the output only when
        every run agrees. Run it on a quiet machine after changing such a
        script.

Where the reference comes from. A script that uses neither threads nor
processes runs under CPython on a virtual clock (virtual_clock/): asyncio is
CPython's own, but waiting costs no real time, so the reference is exact and
no busier machine can change it. A script that starts a thread or a process
cannot run on one virtual clock; its reference is the output recorded in
golden/ by --refresh-golden, together with a hash of the script, so that a
changed script whose golden output was not recorded again fails plainly.

SCRIPT may be a path, a file name in this folder or a number prefix ("043").
Without SCRIPT, every NNN_*.py file in this folder is run. `--lessons DIR`
adds every lesson script, DIR/*/*.py, to those.

Under python3 the simulated services the lessons use (sim, requests, aiohttp,
db, redis) come from the shims/ folder here, which is put on PYTHONPATH.

A script's expected exit status is 0 unless its first line says otherwise:

    # expect-exit: 1
    # SPDX-License-Identifier: MIT

The last line printed is "N passed, M failed"; the exit status is 0 only when
nothing failed.
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHIMS = HERE / "shims"
VIRTUAL_CLOCK = HERE / "virtual_clock"
GOLDEN = HERE / "golden"
NEEDS_REAL_CLOCK = 86  # virtual_clock.NEEDS_REAL_CLOCK
GOLDEN_HEADER = re.compile(rb"# golden sha256=([0-9a-f]{64}) exit=(\d+)\n")
SCRIPT_PATTERN = "[0-9][0-9][0-9]_*.py"
SPDX_LINE = "# SPDX-License-Identifier: MIT"
EXPECT_EXIT = re.compile(r"#\s*expect-exit:\s*(\d+)")
MAX_DIFF_LINES = 120
REFERENCE_VERSION = (3, 11)

# Runs the script through runpy after allocating some ballast, so that
# objects land at other addresses than in a plain run.
SHIFTED_RUN = """\
import runpy, sys
size = int(sys.argv[1])
ballast = ([object() for _ in range(size)], [[] for _ in range(size % 101)], bytearray(size * 16))
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@dataclass
class Run:
    stdout: bytes
    stderr: bytes
    status: int | None  # None when the run was stopped by the timeout
    seconds: float


@dataclass
class Outcome:
    script: Path
    passed: bool = True
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def fail(self, note):
        self.passed = False
        self.notes.append(note)


def read_expected_exit(script):
    """Returns (expected exit status, list of header problems)."""
    try:
        lines = script.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        return 0, [f"cannot read the script: {e}"]
    problems = []
    expected = 0
    spdx_index = 0
    match = EXPECT_EXIT.fullmatch(lines[0].strip()) if lines else None
    if match:
        expected = int(match.group(1))
        spdx_index = 1
    if len(lines) <= spdx_index or lines[spdx_index].strip() != SPDX_LINE:
        where = "second line, after # expect-exit:" if match else "first line"
        problems.append(f"the {where} must be '{SPDX_LINE}'")
    for number, line in enumerate(lines[1:10], start=2):
        if EXPECT_EXIT.search(line):
            problems.append(f"line {number}: '# expect-exit:' is only read on the first line")
    return expected, problems


def clean_environment(extra=None):
    env = dict(os.environ)
    # Settings that change asyncio's behaviour or Python's output.
    for name in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS", "PYTHONSTARTUP"):
        env.pop(name, None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def stop_process_group(process):
    try:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except ProcessLookupError:
        pass


def run(command, cwd, timeout, env):
    start = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # lets a timeout stop the script's children too
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        status = process.returncode
    except subprocess.TimeoutExpired:
        stop_process_group(process)
        stdout, stderr = process.communicate()
        status = None
    return Run(stdout, stderr, status, time.monotonic() - start)


def describe_status(status, timeout):
    if status is None:
        return f"timed out after {timeout:g}s"
    if status < 0:
        try:
            return f"killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"killed by signal {-status}"
    return f"exit status {status}"


def unified_diff(expected, actual, expected_label, actual_label):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(a, b, expected_label, actual_label):
        if line.endswith("\n"):
            lines.append(line)
        else:
            lines.append(line + "\n")
            lines.append("\\ No newline at end of file\n")
    if not lines:
        return f"(the bytes differ but not the lines: {expected[-40:]!r} vs {actual[-40:]!r})\n"
    if len(lines) > MAX_DIFF_LINES:
        hidden = len(lines) - MAX_DIFF_LINES
        lines = lines[:MAX_DIFF_LINES] + [f"... {hidden} more diff lines\n"]
    return "".join(lines)


def tail(data, count=8):
    text = data.decode("utf-8", "replace").rstrip("\n")
    return "\n".join(text.splitlines()[-count:]) if text else "(empty)"


def indent(text, prefix="    "):
    return "".join(prefix + line for line in text.splitlines(keepends=True)).rstrip("\n")


def python_command(script):
    return [sys.executable, str(script)]


def python_environment(extra=None, virtual=True):
    """The environment of a python3 run: the shims come first on the path, and
    the virtual clock before them unless the run is on the real clock."""
    env = clean_environment(extra)
    first = [str(VIRTUAL_CLOCK)] if virtual else []
    env["PYTHONPATH"] = os.pathsep.join(filter(None, first + [str(SHIMS), env.get("PYTHONPATH")]))
    return env


def golden_path(script):
    """Where the recorded reference of a script that needs real concurrency lives."""
    if script.parent == HERE:
        return GOLDEN / (script.name + ".golden")
    return GOLDEN / "lessons" / script.parent.name / (script.name + ".golden")


def script_hash(script):
    return hashlib.sha256(script.read_bytes()).hexdigest()


def read_golden(script):
    """The recorded reference Run of a script, None when it has none, or a
    string saying why the recorded one cannot be used."""
    path = golden_path(script)
    if not path.is_file():
        return None
    data = path.read_bytes()
    match = GOLDEN_HEADER.match(data)
    if not match:
        return f"{path.relative_to(HERE)} does not start with '# golden sha256=... exit=N'"
    if match.group(1).decode() != script_hash(script):
        return (f"{path.relative_to(HERE)} was recorded from another version of the script; "
                f"record it again on a quiet machine: run_differential.py --refresh-golden "
                f"{script}")
    return Run(data[match.end():], b"", int(match.group(2)), 0.0)


def write_golden(script, reference):
    path = golden_path(script)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = f"# golden sha256={script_hash(script)} exit={reference.status}\n".encode()
    path.write_bytes(header + reference.stdout)
    return path


def needs_real_clock(result):
    return result.status == NEEDS_REAL_CLOCK and b"virtual clock: needs real concurrency" in result.stderr


def reference_run(script, timeout):
    """CPython's behaviour for a script: recorded (golden/) or on the virtual
    clock. Returns (Run, None) or (None, the reason there is none)."""
    golden = read_golden(script)
    if isinstance(golden, str):
        return None, golden
    if golden is not None:
        return golden, None
    result = run(python_command(script), script.parent, timeout, python_environment())
    if needs_real_clock(result):
        return None, (f"{tail(result.stderr, 1)}\n(the script has no recorded output in "
                      f"{golden_path(script).relative_to(HERE)})")
    return result, None


def display_name(script):
    """A corpus script by its file name, a lesson script as lesson/file.py."""
    return script.name if script.parent == HERE else f"{script.parent.name}/{script.name}"


def check_against_coroscope(script, coroscope, timeout):
    outcome = Outcome(script)
    expected, problems = read_expected_exit(script)
    for problem in problems:
        outcome.fail(f"header: {problem}")
    env = clean_environment()
    reference, why_none = reference_run(script, timeout)
    if reference is None:
        outcome.fail(f"no CPython reference: {why_none}")
        return outcome
    outcome.seconds = reference.seconds
    if reference.status != expected:
        outcome.fail(
            f"python3 gave {describe_status(reference.status, timeout)}, the script expects "
            f"{expected}; python3 stderr:\n{indent(tail(reference.stderr))}"
        )
        return outcome
    try:
        candidate = run([coroscope, "run", str(script)], script.parent, timeout, env)
    except OSError as e:
        outcome.fail(f"cannot start coroscope: {e}")
        return outcome
    outcome.seconds += candidate.seconds
    if candidate.status != reference.status:
        outcome.fail(
            f"python3 gave {describe_status(reference.status, timeout)}, coroscope gave "
            f"{describe_status(candidate.status, timeout)}; coroscope stderr:\n"
            f"{indent(tail(candidate.stderr))}"
        )
    if candidate.stdout != reference.stdout:
        outcome.fail(
            "stdout differs:\n"
            + indent(unified_diff(reference.stdout, candidate.stdout,
                                  f"python3 {script.name}", f"coroscope {script.name}"))
        )
    return outcome


def check_determinism(script, runs, timeout):
    outcome = Outcome(script)
    expected, problems = read_expected_exit(script)
    for problem in problems:
        outcome.fail(f"header: {problem}")
    first = None
    # The clock the suite compares this script on: virtual unless it needs
    # real concurrency.
    virtual = not needs_real_clock(
        run(python_command(script), script.parent, timeout, python_environment()))
    for index in range(runs):
        if index == 0:
            command = python_command(script)
            env = python_environment(virtual=virtual)
            label = "run 1"
        else:
            ballast = (index * 7919) % 20011 + index
            command = [sys.executable, "-c", SHIFTED_RUN, str(ballast), str(script)]
            env = python_environment({"PYTHONHASHSEED": str(index)}, virtual=virtual)
            label = f"run {index + 1} (hash seed {index}, shifted memory)"
        result = run(command, script.parent, timeout, env)
        outcome.seconds = max(outcome.seconds, result.seconds)
        if result.status != expected:
            outcome.fail(
                f"{label}: {describe_status(result.status, timeout)}, the script expects "
                f"{expected}; stderr:\n{indent(tail(result.stderr))}"
            )
        if first is None:
            first = result
        elif result.stdout != first.stdout:
            outcome.fail(
                f"{label}: stdout differs from run 1:\n"
                + indent(unified_diff(first.stdout, result.stdout, "run 1", label))
            )
    return outcome


def refresh_golden(script, runs, timeout):
    """Records a script's reference when it needs real concurrency (and all
    `runs` real-clock runs agree); removes a recording it no longer needs."""
    outcome = Outcome(script)
    expected, problems = read_expected_exit(script)
    for problem in problems:
        outcome.fail(f"header: {problem}")
    path = golden_path(script)
    trial = run(python_command(script), script.parent, timeout, python_environment())
    if not needs_real_clock(trial):
        if path.is_file():
            path.unlink()
            outcome.notes.append(f"runs on the virtual clock: removed {path.relative_to(HERE)}")
        return outcome
    results = []
    for index in range(runs):
        result = run(python_command(script), script.parent, timeout,
                     python_environment(virtual=False))
        outcome.seconds += result.seconds
        if result.status != expected:
            outcome.fail(f"run {index + 1}: {describe_status(result.status, timeout)}, the "
                         f"script expects {expected}; stderr:\n{indent(tail(result.stderr))}")
            return outcome
        if results and result.stdout != results[0].stdout:
            outcome.fail(f"run {index + 1} differs from run 1, so nothing was recorded (is the "
                         f"machine busy, or is the output not fixed by the script?):\n"
                         + indent(unified_diff(results[0].stdout, result.stdout, "run 1",
                                               f"run {index + 1}")))
            return outcome
        results.append(result)
    old = path.read_bytes() if path.is_file() else None
    write_golden(script, results[0])
    change = "unchanged" if old == path.read_bytes() else "recorded"
    outcome.notes.append(f"{change} {path.relative_to(HERE)} ({runs} runs agree)")
    return outcome


def find_scripts(names, lessons=None):
    if lessons is not None:
        lessons = Path(lessons)
        if not lessons.is_dir():
            raise SystemExit(f"run_differential.py: not a folder: {lessons}")
        lesson_scripts = sorted(p.resolve() for p in lessons.glob("*/*.py"))
    else:
        lesson_scripts = []
    if not names:
        return sorted(HERE.glob(SCRIPT_PATTERN)) + lesson_scripts
    scripts = []
    for name in names:
        path = Path(name)
        if path.is_file():
            scripts.append(path.resolve())
        elif (HERE / name).is_file():
            scripts.append(HERE / name)
        elif name.isdigit() and sorted(HERE.glob(f"{name}*.py")):
            scripts.extend(sorted(HERE.glob(f"{name}*.py")))
        else:
            raise SystemExit(f"run_differential.py: no such script: {name}")
    return scripts + lesson_scripts


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Compare Coroscope with CPython on the differential corpus.")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--coroscope", metavar="PATH",
                      help="the coroscope executable; it is run as 'PATH run SCRIPT'")
    mode.add_argument("--python-only", action="store_true",
                      help="only check that the scripts are deterministic under python3")
    mode.add_argument("--refresh-golden", action="store_true",
                      help="record the output of the scripts that need real concurrency")
    parser.add_argument("--jobs", type=int, default=2, metavar="N",
                        help="scripts checked in parallel (default 2)")
    parser.add_argument("--runs", type=int, default=None, metavar="N",
                        help="runs per script with --python-only (default 3) or "
                             "--refresh-golden (default 5)")
    parser.add_argument("--timeout", type=float, default=20.0, metavar="S",
                        help="seconds before a single run is stopped (default 20)")
    parser.add_argument("--lessons", metavar="DIR",
                        help="also run every lesson script, DIR/*/*.py")
    parser.add_argument("scripts", nargs="*", metavar="SCRIPT",
                        help="a path, a file name here or a number prefix; default: all")
    args = parser.parse_args(argv)
    if args.runs is None:
        args.runs = 5 if args.refresh_golden else 3
    if args.refresh_golden:
        args.jobs = 1  # one real-clock run at a time, or they disturb each other
    if args.jobs < 1 or args.runs < 1 or args.timeout <= 0:
        parser.error("--jobs, --runs and --timeout must be positive")
    if args.python_only and args.runs < 2:
        parser.error("--python-only needs --runs of at least 2 to compare anything")
    return args


def main(argv=None):
    args = parse_arguments(argv)
    if sys.version_info[:2] != REFERENCE_VERSION:
        print(f"warning: the reference is CPython {'.'.join(map(str, REFERENCE_VERSION))}, "
              f"this is {sys.version.split()[0]}", file=sys.stderr)
    scripts = find_scripts(args.scripts, args.lessons)
    if args.python_only:
        def check(script):
            return check_determinism(script, args.runs, args.timeout)
    elif args.refresh_golden:
        def check(script):
            return refresh_golden(script, args.runs, args.timeout)
    else:
        coroscope = str(Path(args.coroscope).resolve())
        if not (Path(coroscope).is_file() and os.access(coroscope, os.X_OK)):
            raise SystemExit(f"run_differential.py: not an executable file: {args.coroscope}")

        def check(script):
            return check_against_coroscope(script, coroscope, args.timeout)

    started = time.monotonic()
    passed = failed = 0
    slowest = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for outcome in pool.map(check, scripts):
            name = display_name(outcome.script)
            slowest.append((outcome.seconds, name))
            if outcome.passed:
                passed += 1
                print(f"PASS  {name}  ({outcome.seconds:.2f}s)", flush=True)
                for note in outcome.notes:
                    print(indent(note), flush=True)
            else:
                failed += 1
                print(f"FAIL  {name}", flush=True)
                for note in outcome.notes:
                    print(indent(note), flush=True)
    slowest.sort(reverse=True)
    summary = ", ".join(f"{name} {seconds:.2f}s" for seconds, name in slowest[:3])
    print(f"wall time {time.monotonic() - started:.1f}s; slowest: {summary}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
