// SPDX-License-Identifier: MIT
#include "script/interp/runtime_state.h"

#include "script/interp/asyncio_objects.h"
#include "script/interp/executors.h"
#include "script/interp/threads.h"

namespace coroscope::interp {

RuntimeState::RuntimeState() = default;
RuntimeState::~RuntimeState() = default;

void RuntimeState::clear() {
    runningLoop = nullptr;
    eventLoop = nullptr;
    mainThread = nullptr;
    threads.clear();
    executors.clear();
    redisStore = nullptr;
}

} // namespace coroscope::interp
