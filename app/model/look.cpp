// SPDX-License-Identifier: MIT
#include "model/look.h"

namespace coroscope {

Look lookOf(TaskState state, WaitReason reason) {
    switch (state) {
    case TaskState::Created: return Look::None;
    case TaskState::Ready: return Look::Ready;
    case TaskState::Running:
        switch (reason) {
        case WaitReason::Cpu: return Look::Computing;
        case WaitReason::Blocking: return Look::Blocked;
        case WaitReason::Gil:
        case WaitReason::Core: return Look::Queued;
        case WaitReason::Startup: return Look::Startup;
        case WaitReason::Join:
        case WaitReason::Task:
        case WaitReason::Gather:
        case WaitReason::Lock:
        case WaitReason::Event:
        case WaitReason::Queue:
        case WaitReason::Executor: return Look::WaitingTask;
        case WaitReason::Io: return Look::WaitingIo;
        case WaitReason::Timer: return Look::WaitingTimer;
        case WaitReason::None:
        case WaitReason::Yield: return Look::Running;
        }
        return Look::Running;
    case TaskState::Waiting:
        switch (reason) {
        case WaitReason::Io: return Look::WaitingIo;
        case WaitReason::Timer: return Look::WaitingTimer;
        case WaitReason::Yield: return Look::Ready;
        case WaitReason::None: return Look::None; // an idle worker
        case WaitReason::Blocking: return Look::Blocked;
        case WaitReason::Gil:
        case WaitReason::Core: return Look::Queued;
        case WaitReason::Startup: return Look::Startup;
        case WaitReason::Cpu: return Look::Computing;
        default: return Look::WaitingTask;
        }
    case TaskState::Done: return Look::Done;
    case TaskState::Cancelled: return Look::Cancelled;
    case TaskState::Failed: return Look::Failed;
    }
    return Look::None;
}

int lookPriority(Look look) {
    switch (look) {
    case Look::None: return 0;
    case Look::Done: return 1;
    case Look::WaitingTask: return 2;
    case Look::WaitingTimer: return 3;
    case Look::WaitingIo: return 4;
    case Look::Ready: return 5;
    case Look::Startup: return 6;
    case Look::Queued: return 7;
    case Look::Running: return 8;
    case Look::Computing: return 9;
    case Look::Blocked: return 10;
    case Look::Cancelled: return 11;
    case Look::Failed: return 12;
    }
    return 0;
}

bool isTerminal(Look look) {
    return look == Look::Done || look == Look::Cancelled || look == Look::Failed;
}

bool isBar(Look look) {
    return look != Look::None && !isTerminal(look);
}

} // namespace coroscope
