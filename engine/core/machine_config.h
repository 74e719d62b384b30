// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstdint>

namespace coroscope {

// The simulated computer. Each default is a figure measured or documented
// for CPython 3.11 on Linux; the source is given beside it.
struct MachineConfig {
    // A typical teaching laptop; lessons set their own.
    int cores = 4;
    // Python code needs its process's GIL; turn off to model C code that
    // releases it (NumPy, hashlib on large inputs).
    bool gil = true;
    // sys.getswitchinterval(): a thread waiting for the GIL asks the holder
    // to drop it after 5 ms.
    Duration switchInterval = milliseconds(5);
    // `python3 -I -c pass` took 9.5 ms (median of 15) on a 2-core Debian 12
    // machine; a fresh interpreter is what a spawned worker process pays.
    Duration processStartup = milliseconds(10);
    // tracemalloc: 10,000 tasks each awaiting an Event cost 1,136 bytes apiece
    // (Task object, coroutine and frame) under CPython 3.11.7.
    std::uint64_t taskBytes = 1136;
    // Resident growth per idle thread (500 threads blocked on an Event) was
    // 14.6 KiB; each also reserves 8 MiB of address space for its stack.
    std::uint64_t threadBytes = 15 * 1024;
    // Peak RSS of `python3 -I -c pass` (CPython 3.11, Debian 12): 8 MiB.
    std::uint64_t processBytes = 8ull * 1024 * 1024;
    // asyncio's slow_callback_duration: debug mode reports longer steps.
    Duration slowCallback = milliseconds(100);
};

} // namespace coroscope
