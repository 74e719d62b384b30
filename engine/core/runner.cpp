// SPDX-License-Identifier: MIT
// asyncio.run's shutdown: what is left of the program is cancelled and
// awaited, so every task's finally blocks run before the loop closes.
#include "core/gather.h"
#include "core/loop.h"

namespace coroscope {

void Loop::cancelRemainingTasks() {
    std::vector<Ref<FutureBase>> toCancel;
    for (TaskBase* t : allTasks())
        toCancel.emplace_back(t);
    if (toCancel.empty()) return;
    for (auto& t : toCancel)
        t->cancel();
    auto all = gather<void>(*this, toCancel, true);
    runUntilComplete(*all);
    for (auto& t : toCancel) {
        if (t->cancelled()) continue;
        if (auto e = t->exception())
            diagnostic("unhandled exception during asyncio.run() shutdown\n" + describe(e),
                       static_cast<TaskBase*>(t.get())->id());
    }
}

} // namespace coroscope
