// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace coroscope {

// Where a waiter can be in the restaurant.
enum class PlaceKind : std::uint8_t {
    Home,    // the waiters' station by the pass
    Table,   // at a client's table
    Kitchen, // at the kitchen counter (a blocking call: waiting there)
    Pad,     // queueing for the shared order pad (the GIL) or a free core
    Door,    // a room that is opening (a process starting)
    Gone,    // the worker has ended
};

struct Place {
    PlaceKind kind = PlaceKind::Home;
    std::uint32_t table = 0; // for Table
    bool operator==(const Place&) const = default;
};

// A waiter's move, as the trace says: from the event `seq` on, the worker
// is at `place`.
struct Visit {
    std::uint64_t seq = 0;
    Time time = 0;
    Place place;
};

// What a table stands for: a client, or (in a producer-consumer program)
// the task that fills a queue or the cook that empties it.
enum class TableRole : std::uint8_t { Client, Producer, Cook };

// Who is served at a table: a client named by sim.client(), or (in a script
// without Client events) a task standing for its client.
struct PlanClient {
    std::string name;
    std::uint16_t room = 0; // the process whose dining room seats it
    TaskId standIn = 0;     // the task that is the client, without Client events
};

// A moment when a client starts being served by a task (a Client event).
struct ClientMark {
    std::uint64_t seq = 0;
    TaskId task = 0;
    std::uint32_t client = 0;
};

// A kitchen order that ended (an I/O wait, a timer, a blocking call): the bell.
struct Completion {
    std::uint64_t seq = 0; // the event that ended it
    Time time = 0;
    std::uint16_t room = 0;
    std::uint32_t client = 0;
};

struct PlanRoom {
    std::uint16_t process = 0;
    WorkerId mainWorker = 0; // the worker that opens it (the process's main thread)
    // Bytes in use after each event that changed them (seq, bytes), in order.
    std::vector<std::pair<std::uint64_t, std::uint64_t>> memory;
    std::uint64_t peakMemory = 0;
};

enum class ServiceStyle : std::uint8_t { Sync, Threads, Processes, Async, AsyncWithWorkers };

// Everything the restaurant needs from a run, computed once: clients and
// their rooms, which task serves which client when, every waiter's
// itinerary, the kitchen's completions and each room's memory over time.
// The scene at a playhead is then a handful of binary searches.
// Invariants: every vector indexed by seq is sorted by seq; clients[i].room
// indexes rooms; waiters and itineraries are parallel.
inline constexpr WorkerId kNoLoop = 0xFFFF;

struct RestaurantPlan {
    ServiceStyle style = ServiceStyle::Sync;
    WorkerId loopWorker = kNoLoop; // the worker the event loop runs on, if any
    bool fromClientEvents = false; // clients named by sim.client()
    bool sharedPad = false;        // a GIL was contended: one order pad per room
    std::vector<PlanClient> clients;
    std::vector<ClientMark> marks;                         // every Client event, in order
    std::vector<std::vector<std::uint32_t>> marksOfClient; // indexes into marks
    std::vector<std::vector<std::uint32_t>> marksOfTask;   // indexes into marks
    std::vector<std::uint32_t> tableOfTask;                // stand-in tasks: their client + 1
    std::vector<PlanRoom> rooms;
    std::vector<std::uint16_t> roomOfProcess; // process id -> room index
    std::vector<WorkerId> waiters;            // workers, in creation order
    std::vector<std::vector<Visit>> itineraries;
    std::vector<Completion> completions;
    // Pool workers going idle (a job ended), by task: seqs, in order.
    std::vector<std::vector<std::uint64_t>> jobEnds;
    std::vector<TableRole> roleOfTask; // by task: what it does with queues
    std::vector<std::pair<std::uint64_t, std::uint32_t>> resourceEvents;
    std::uint64_t memoryScale = 1; // the largest room peak, for comparable meters

    std::uint16_t roomOfWorker(const Trace& trace, WorkerId w) const;
};

RestaurantPlan planRestaurant(const Trace& trace);

} // namespace coroscope
