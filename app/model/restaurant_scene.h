// SPDX-License-Identifier: MIT
#pragma once

#include "model/playhead.h"
#include "model/resource_states.h"
#include "model/restaurant_plan.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace coroscope {

enum class TableState : std::uint8_t {
    Empty,          // the client has not arrived (its task is not spawned yet)
    WaitingToOrder, // seated, nobody has come yet
    Ordering,       // a waiter is at the table, writing (the task runs)
    InKitchen,      // the order is in the kitchen (I/O, a blocking call)
    Sleeping,       // a timer runs by the table (sleep): no kitchen involved
    FoodReady,      // the kitchen is done; the waiter has not come back yet (ready)
    Waiting,        // waiting on something else (another task, a lock, a queue)
    Served,         // a plate: the kitchen's order came back, or the task is done
    Left,           // an empty chair: cancelled
    Burnt,          // a burnt dish: failed
};
constexpr int kTableStateCount = 10;

enum class WaiterActivity : std::uint8_t {
    Idle,      // nothing to do: stands where it is
    Writing,   // runs Python code: writes on the order pad
    Computing, // CPU work
    Blocked,   // held idle in a blocking call (hourglass)
    Queued,    // waiting for the order pad (GIL) or a core
    Starting,  // its room is opening (process start-up)
    Waiting,   // waiting for another worker (join)
    Gone,
};

struct SceneTable {
    std::uint32_t client = 0;
    std::uint16_t room = 0;
    TableState state = TableState::WaitingToOrder;
    TableRole role = TableRole::Client;
    TaskId task = 0;     // the task serving it now (or that served it last)
    double progress = 0; // of the kitchen order or the timer, 0..1
};

struct SceneWaiter {
    WorkerId worker = 0;
    std::uint16_t room = 0;
    Place from;        // where it was
    Place to;          // where it goes (== from when standing)
    double travel = 1; // 0: at `from`, 1: at `to`
    WaiterActivity activity = WaiterActivity::Idle;
    TaskId task = 0;     // the task it runs or is held by
    bool frozen = false; // the loop itself held by a blocking call: every task waits
    bool holdsPad = false;
    int queuePosition = -1; // in the queue for the pad
    bool visible = false;   // started and not gone
};

struct SceneTicket {
    std::uint32_t client = 0;
    std::uint16_t room = 0;
    double progress = 0;
    TaskId task = 0;
    std::string label; // what the kitchen is doing ("requests.get", "sleep")
    bool blocking = false;
};

struct SceneBell {
    std::uint16_t room = 0;
    std::uint32_t client = 0;
    double age = 0; // 0 just rang .. 1 fading out
};

struct SceneRoom {
    std::uint16_t process = 0;
    WorkerId mainWorker = 0;
    bool exists = false; // its process has started
    bool closed = false; // its process has ended
    double opening = 1;  // start-up progress, 1 once open
    std::uint64_t memory = 0;
    WorkerId padHolder = 0;
    bool padHeld = false;
};

// What the restaurant looks like at a playhead: a pure function of the run.
struct RestaurantScene {
    ServiceStyle style = ServiceStyle::Sync;
    bool sharedPad = false;
    std::vector<SceneRoom> rooms;
    std::vector<SceneTable> tables;
    std::vector<SceneWaiter> waiters;
    std::vector<SceneTicket> tickets;
    std::vector<SceneBell> bells;
    std::vector<ResourceState> resources; // the program's queues, locks, semaphores
    std::array<int, kTableStateCount> counts{};
    std::uint64_t memoryScale = 1;
    bool loopFrozen = false;
};

struct SceneOptions {
    // Virtual time a waiter takes to walk from one place to the next. 0 puts
    // every waiter where the trace says at once (stepping, tests, export);
    // playback passes a walk scaled to its speed, so moves read at any speed.
    Time walk = 0;
    // How long a bell keeps ringing after a completion, in virtual time.
    Time bellFade = 0;
};

// What a table shows for the state of the task serving it: the one mapping,
// used by the scene and checked against the trace by the tests.
// `backFromKitchen`: the task's last wait for this client was the kitchen
// (I/O or a blocking call), so running again is the waiter bringing the plate.
TableState tableStateFor(TaskState state, WaitReason reason, bool backFromKitchen);
// What a waiter does for the state of its worker (a worker span).
WaiterActivity waiterActivityFor(TaskState state, WaitReason reason);

RestaurantScene buildScene(const Trace& trace, const RestaurantPlan& plan, const Playhead& p,
                           const SceneOptions& options = {});

} // namespace coroscope
