// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/asyncio/asyncio_objects.h"

// Shared by the files that make up the asyncio module.
namespace coroscope::interp {

// A coroutine object whose body is native code (what lock.acquire() gives).
Value coroutineOf(Eval<Value> body, const char* name);
// An awaitable that is already done with `result`: `await` returns it
// without suspending (for __aenter__ methods that never wait).
Value readyAwaitable(Value result);
// The running loop, else get_event_loop()'s.
LoopObject& loopForFutures();
// get_event_loop(): the running loop, else the current one (made on first use).
LoopObject& eventLoop();

// gather, wait, wait_for, shield (asyncio_compose.cpp).
void addAsyncioComposition(DictObject& module);
// Lock, Event, Condition, Semaphore, BoundedSemaphore, Queue (asyncio_sync.cpp).
void addAsyncioSync(DictObject& module);
// timeout, timeout_at, TaskGroup, run_coroutine_threadsafe (asyncio_scopes.cpp).
void addAsyncioScopes(DictObject& module);

} // namespace coroscope::interp
