// SPDX-License-Identifier: MIT
#include "script/interp/runtime/runtime_state.h"

#include "script/interp/asyncio/asyncio_objects.h"
#include "script/interp/modules/executors.h"
#include "script/interp/modules/threads.h"

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
