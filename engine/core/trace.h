// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope {

struct TaskInfo {
    TaskId id = 0;
    TaskId parent = 0;
    TextId name = 0;              // 0: asyncio's default name, "Task-<nameNumber>"
    std::uint32_t nameNumber = 0; // asyncio's global task counter at creation
    std::uint32_t spawnLine = 0;
    WorkerId worker = 0; // where it runs (the loop, or its own thread)
    TaskKind kind = TaskKind::Task;
    TextId coroutine = 0; // the coroutine it runs ("table"), when the script says
    TextId arguments = 0; // what it was called with ("3"), shortened; 0: none known
};

struct WorkerInfo {
    WorkerId id = 0;
    WorkerKind kind = WorkerKind::Sync;
    std::uint16_t process = 0; // which simulated process it belongs to
    TextId name = 0;
    std::uint64_t memoryBytes = 0; // what it costs while alive
};

// A queue, lock or semaphore of the program, named as the script names it.
struct ResourceInfo {
    ResourceId id = 0;
    ResourceKind kind = ResourceKind::Lock;
    TextId name = 0;
    std::uint32_t limit = 0; // a semaphore's places, a queue's maxsize (0: unbounded)
    std::uint32_t line = 0;  // where it was made
};

// A primitive's state after a Resource annotation: `value` is the lock's
// holders (0 or 1), the semaphore's places taken, or the queue's items.
struct ResourceChange {
    ResourceId resource = 0;
    ResourceAction action = ResourceAction::Acquired;
    std::uint32_t value = 0;
};

// A stretch of time over which a task (or a worker) stays in one state.
struct Span {
    Time begin = 0;
    Time end = 0;
    std::uint64_t beginSeq = 0;
    std::uint64_t endSeq = 0; // the event that closed the span (== size() if still open)
    TaskId task = 0;
    std::uint32_t line = 0;
    TaskState state = TaskState::Created;
    WaitReason reason = WaitReason::None;
    WorkerId worker = 0;
};

// The append-only record of a run: every state change of every task and
// worker, in order. It is the single source of truth for every view.
// Invariants: events are never changed once appended; seq is the index;
// the clock table is sorted by seq and by time (time never goes back).
class Trace {
public:
    Trace();
    Trace(const Trace&) = delete;
    Trace& operator=(const Trace&) = delete;
    Trace(Trace&&) noexcept;
    Trace& operator=(Trace&&) noexcept;
    ~Trace();

    // Writing (the loop does this)
    void setTime(Time now) {
        if (now != m_lastTime) noteClock(now);
    }
    // The hot path: one test for the rare case (the chunk is full), then a
    // 16-byte store. The time is not stored per event: the writer calls
    // setTime() whenever its clock moves.
    [[gnu::always_inline]] void append(const EventRecord& e) {
        EventRecord* slot = m_cursor;
        if (slot == m_chunkEnd) [[unlikely]]
            slot = addChunk();
        // Ask for the line 1 KiB ahead: events are written once, in order, to
        // memory that is not in the cache; the scheduler need not wait for it.
        __builtin_prefetch(reinterpret_cast<const char*>(slot) + 1024, 1, 3);
        // Two 8-byte words rather than six field stores.
        std::uint64_t words[2];
        std::memcpy(words, &e, sizeof words);
        std::memcpy(slot, words, sizeof words);
        m_cursor = slot + 1;
    }
    TextId addText(std::string_view text);
    TaskId addTask(const TaskInfo& info); // returns info.id, which must be tasks().size()
    WorkerId addWorker(const WorkerInfo& info);
    void setTaskName(TaskId id, std::string_view name);
    void setTaskCoroutine(TaskId id, std::string_view coroutine);
    void setTaskArguments(TaskId id, std::string_view arguments);
    ResourceId addResource(const ResourceInfo& info); // returns its id (>= 1)
    void setResourceName(ResourceId id, std::string_view name);
    // Stores a change for a Resource annotation to point at; returns its index.
    std::uint32_t addResourceChange(const ResourceChange& change);
    // The lines of the frames a task is suspended in around its innermost
    // one, outermost first (`await fetch()` in main, while fetch sleeps),
    // from the next event on. Empty: only the innermost frame.
    void setCallers(TaskId task, std::span<const std::uint32_t> lines);
    // Gives a worker its final kind and name (the main worker, once a run begins).
    void renameWorker(WorkerId id, WorkerKind kind, std::string_view name);

    // Reading
    std::uint64_t size() const {
        return m_chunks.empty() ? 0
                                : ((m_chunks.size() - 1) << kChunkBits) +
                                      static_cast<std::uint64_t>(m_cursor - m_chunks.back().get());
    }
    bool empty() const { return size() == 0; }
    TraceEvent event(std::uint64_t seq) const;
    const EventRecord& record(std::uint64_t seq) const {
        return m_chunks[seq >> kChunkBits][seq & kChunkMask];
    }
    Time timeOf(std::uint64_t seq) const;
    Time endTime() const { return m_lastTime; }
    std::string_view text(TextId id) const;
    std::size_t textCount() const { return m_textOffsets.size() - 1; }

    const std::vector<TaskInfo>& tasks() const { return m_tasks; } // index = TaskId (0 unused)
    const std::vector<WorkerInfo>& workers() const { return m_workers; }
    std::string taskName(TaskId id) const;
    const std::vector<ResourceInfo>& resources() const { return m_resources; } // index = id
    std::string resourceName(ResourceId id) const;
    const ResourceChange& resourceChange(std::uint32_t index) const {
        return m_resourceChanges[index];
    }
    std::string workerName(WorkerId id) const;

    // The first event at or after time t (size() when none).
    std::uint64_t firstAtOrAfter(Time t) const;
    // Number of events with time <= t.
    std::uint64_t countUpTo(Time t) const;

    // Indexes for the views, built on first use and extended as the trace grows.
    const std::vector<Span>& taskSpans(TaskId id) const;
    const std::vector<Span>& workerSpans(WorkerId id) const;
    // The state of a task at time t (after every event at t), and its line.
    Span taskStateAt(TaskId id, Time t) const;
    // The line a task is on once the events [0, seq) have happened: the line
    // of its last event that names one (0 before any). Unlike a span's line,
    // this moves on events that change no state (a watched line, a print).
    std::uint32_t taskLineAt(TaskId id, std::uint64_t seq) const;
    // The caller lines of setCallers once the events [0, seq) have happened.
    std::span<const std::uint32_t> callersAt(TaskId id, std::uint64_t seq) const;
    // Peak memory over the run and the memory in use at time t.
    std::uint64_t memoryAt(Time t) const;
    std::uint64_t peakMemory() const;
    std::uint64_t taskMemoryBytes() const { return m_taskMemory; }
    void setTaskMemoryBytes(std::uint64_t bytes) { m_taskMemory = bytes; }

    // Bytes held by the trace itself (events, texts, tables; not indexes).
    std::size_t memoryFootprint() const;

private:
    static constexpr unsigned kChunkBits = 16;
    static constexpr std::uint64_t kChunkMask = (1u << kChunkBits) - 1;
    struct ClockMark {
        std::uint64_t seq;
        Time time;
    };
    struct Index;

    void noteClock(Time now);
    [[gnu::noinline]] EventRecord* addChunk();
    void updateIndex() const;

    // Chunks of 65,536 events: appending never moves what is stored, and a
    // run's memory grows by 1 MiB steps. Freed chunks are kept for reuse.
    struct ChunkDeleter {
        void operator()(EventRecord* chunk) const noexcept;
    };
    using Chunk = std::unique_ptr<EventRecord[], ChunkDeleter>;
    std::vector<Chunk> m_chunks;
    EventRecord* m_cursor = nullptr;   // where the next event goes
    EventRecord* m_chunkEnd = nullptr; // the end of the chunk being filled
    std::vector<ClockMark> m_clock;
    Time m_lastTime = 0;
    std::string m_textData;
    std::vector<std::uint32_t> m_textOffsets;
    std::vector<TaskInfo> m_tasks;
    std::vector<WorkerInfo> m_workers;
    std::vector<ResourceInfo> m_resources;
    std::vector<ResourceChange> m_resourceChanges;
    // Per task, its caller changes by seq; their lines, in m_callerLines.
    struct CallerChange {
        std::uint64_t seq; // applies from this event on
        std::uint32_t offset;
        std::uint32_t count;
    };
    std::vector<std::vector<CallerChange>> m_callers;
    std::vector<std::uint32_t> m_callerLines;
    std::size_t m_callerChangeCount = 0;
    std::uint64_t m_taskMemory = 0;
    mutable std::unique_ptr<Index> m_index;
};

} // namespace coroscope
