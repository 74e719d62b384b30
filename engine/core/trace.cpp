// SPDX-License-Identifier: MIT
#include "core/trace.h"

#include "core/assert.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace coroscope {

namespace {
constexpr Time kOpenEnd = std::numeric_limits<Time>::max();
constexpr std::uint64_t kOpenSeq = std::numeric_limits<std::uint64_t>::max();
} // namespace

std::string_view toString(WorkerKind k) {
    switch (k) {
    case WorkerKind::Loop: return "loop";
    case WorkerKind::Thread: return "thread";
    case WorkerKind::Process: return "process";
    case WorkerKind::Sync: return "sync";
    }
    return "?";
}

namespace {
struct LineMark {
    std::uint64_t seq;
    std::uint32_t line;
};
} // namespace

// Spans per task and per worker, and the memory curve, built incrementally:
// `upTo` events are folded in; the last span of each list is open until the
// next event closes it.
struct Trace::Index {
    std::uint64_t upTo = 0;
    std::vector<std::vector<Span>> tasks;
    std::vector<std::vector<Span>> workers;
    std::vector<std::vector<LineMark>> lines; // per task: (seq, line) where its line changed
    std::vector<TaskId> runningOn;            // per worker: the task whose step is in progress
    std::vector<std::pair<Time, std::int64_t>> memory; // (time, bytes in use after it)
    std::int64_t memoryNow = 0;
    std::int64_t memoryPeak = 0;
};

Trace::Trace()
    : m_textOffsets{0, 0} {
    m_tasks.push_back(TaskInfo{});         // TaskId 0 is "no task"
    m_resources.push_back(ResourceInfo{}); // ResourceId 0 is "none"
    m_clock.push_back({0, 0});
}
Trace::Trace(Trace&& o) noexcept
    : Trace() {
    *this = std::move(o);
}

Trace& Trace::operator=(Trace&& o) noexcept {
    if (this == &o) return *this;
    m_chunks = std::move(o.m_chunks);
    m_cursor = std::exchange(o.m_cursor, nullptr);
    m_chunkEnd = std::exchange(o.m_chunkEnd, nullptr);
    m_clock = std::exchange(o.m_clock, {{0, 0}});
    m_lastTime = std::exchange(o.m_lastTime, 0);
    m_textData = std::move(o.m_textData);
    m_textOffsets = std::exchange(o.m_textOffsets, {0, 0});
    m_tasks = std::exchange(o.m_tasks, {TaskInfo{}});
    m_workers = std::move(o.m_workers);
    m_resources = std::exchange(o.m_resources, {ResourceInfo{}});
    m_resourceChanges = std::move(o.m_resourceChanges);
    m_callers = std::move(o.m_callers);
    m_callerLines = std::move(o.m_callerLines);
    m_callerChangeCount = std::exchange(o.m_callerChangeCount, 0);
    m_taskMemory = o.m_taskMemory;
    m_index = std::move(o.m_index);
    o.m_chunks.clear();
    o.m_textData.clear();
    o.m_workers.clear();
    o.m_resourceChanges.clear();
    o.m_callers.clear();
    o.m_callerLines.clear();
    return *this;
}
Trace::~Trace() = default;

void Trace::noteClock(Time now) {
    COROSCOPE_ASSERT(now >= m_lastTime, "the trace's clock went back");
    const std::uint64_t n = size();
    if (!m_clock.empty() && m_clock.back().seq == n)
        m_clock.back().time = now; // no event at the previous time: replace it
    else
        m_clock.push_back({n, now});
    m_lastTime = now;
}

namespace {
// A few freed chunks are kept for the next run on this thread: re-running a
// scenario (the Run button, a benchmark) then writes to memory that is
// already mapped instead of faulting in fresh pages.
struct ChunkPool {
    std::vector<EventRecord*> free;
    ~ChunkPool() {
        for (EventRecord* c : free)
            ::operator delete[](c);
    }
};
thread_local ChunkPool t_pool;
constexpr std::size_t kPooledChunks = 32; // 32 MiB at most
} // namespace

void Trace::ChunkDeleter::operator()(EventRecord* chunk) const noexcept {
    if (t_pool.free.size() < kPooledChunks) {
        t_pool.free.push_back(chunk);
        return;
    }
    ::operator delete[](chunk);
}

EventRecord* Trace::addChunk() {
    EventRecord* chunk;
    if (!t_pool.free.empty()) {
        chunk = t_pool.free.back();
        t_pool.free.pop_back();
    } else {
        // Uninitialised on purpose: every slot is written before it is read.
        chunk = static_cast<EventRecord*>(::operator new[]((kChunkMask + 1) * sizeof(EventRecord)));
    }
    m_chunks.emplace_back(chunk);
    m_cursor = chunk;
    m_chunkEnd = chunk + kChunkMask + 1;
    return chunk;
}

TextId Trace::addText(std::string_view text) {
    if (text.empty()) return 0;
    m_textData.append(text);
    m_textOffsets.push_back(static_cast<std::uint32_t>(m_textData.size()));
    return static_cast<TextId>(m_textOffsets.size() - 2);
}

std::string_view Trace::text(TextId id) const {
    if (id == 0 || id + 1 >= m_textOffsets.size()) return {};
    return std::string_view(m_textData)
        .substr(m_textOffsets[id], m_textOffsets[id + 1] - m_textOffsets[id]);
}

TaskId Trace::addTask(const TaskInfo& info) {
    m_tasks.push_back(info);
    m_tasks.back().id = static_cast<TaskId>(m_tasks.size() - 1);
    return m_tasks.back().id;
}

WorkerId Trace::addWorker(const WorkerInfo& info) {
    m_workers.push_back(info);
    m_workers.back().id = static_cast<WorkerId>(m_workers.size() - 1);
    return m_workers.back().id;
}

void Trace::renameWorker(WorkerId id, WorkerKind kind, std::string_view name) {
    if (id >= m_workers.size()) return;
    m_workers[id].kind = kind;
    m_workers[id].name = addText(name);
}

void Trace::setTaskName(TaskId id, std::string_view name) {
    if (id < m_tasks.size()) m_tasks[id].name = addText(name);
}

void Trace::setTaskCoroutine(TaskId id, std::string_view coroutine) {
    if (id < m_tasks.size()) m_tasks[id].coroutine = addText(coroutine);
}

void Trace::setTaskArguments(TaskId id, std::string_view arguments) {
    if (id < m_tasks.size() && !arguments.empty()) m_tasks[id].arguments = addText(arguments);
}

ResourceId Trace::addResource(const ResourceInfo& info) {
    m_resources.push_back(info);
    m_resources.back().id = static_cast<ResourceId>(m_resources.size() - 1);
    return m_resources.back().id;
}

void Trace::setResourceName(ResourceId id, std::string_view name) {
    if (id != 0 && id < m_resources.size()) m_resources[id].name = addText(name);
}

void Trace::setCallers(TaskId task, std::span<const std::uint32_t> lines) {
    if (task >= m_callers.size()) m_callers.resize(task + 1);
    auto& changes = m_callers[task];
    const std::uint64_t seq = size();
    // A change before any event since the last one replaces it: an await of
    // a coroutine that ends without suspending leaves nothing behind.
    if (!changes.empty() && changes.back().seq == seq) {
        if (changes.back().offset + changes.back().count == m_callerLines.size())
            m_callerLines.resize(changes.back().offset);
        changes.pop_back();
        --m_callerChangeCount;
    }
    const auto last = changes.empty()
                          ? std::span<const std::uint32_t>()
                          : std::span<const std::uint32_t>(
                                m_callerLines.data() + changes.back().offset, changes.back().count);
    if (std::equal(last.begin(), last.end(), lines.begin(), lines.end())) return;
    ++m_callerChangeCount;
    changes.push_back(CallerChange{seq, static_cast<std::uint32_t>(m_callerLines.size()),
                                   static_cast<std::uint32_t>(lines.size())});
    m_callerLines.insert(m_callerLines.end(), lines.begin(), lines.end());
}

std::span<const std::uint32_t> Trace::callersAt(TaskId id, std::uint64_t seq) const {
    if (id >= m_callers.size()) return {};
    const auto& changes = m_callers[id];
    // The last change made before the events [0, seq) ended.
    auto it = std::partition_point(changes.begin(), changes.end(),
                                   [seq](const CallerChange& c) { return c.seq < seq; });
    if (it == changes.begin()) return {};
    --it;
    return {m_callerLines.data() + it->offset, it->count};
}

std::uint32_t Trace::addResourceChange(const ResourceChange& change) {
    m_resourceChanges.push_back(change);
    return static_cast<std::uint32_t>(m_resourceChanges.size() - 1);
}

std::string Trace::resourceName(ResourceId id) const {
    if (id == 0 || id >= m_resources.size()) return {};
    const ResourceInfo& r = m_resources[id];
    if (r.name) return std::string(text(r.name));
    // Numbered per kind, as asyncio numbers its tasks: Queue-1, Lock-2.
    int n = 0;
    for (ResourceId i = 1; i <= id; ++i)
        n += m_resources[i].kind == r.kind;
    return std::string(toString(r.kind)) + "-" + std::to_string(n);
}

std::string Trace::taskName(TaskId id) const {
    if (id == 0 || id >= m_tasks.size()) return "loop";
    const TaskInfo& t = m_tasks[id];
    if (t.name) return std::string(text(t.name));
    return "Task-" + std::to_string(t.nameNumber);
}

std::string Trace::workerName(WorkerId id) const {
    if (id >= m_workers.size()) return "worker-" + std::to_string(id);
    return std::string(text(m_workers[id].name));
}

Time Trace::timeOf(std::uint64_t seq) const {
    auto it = std::upper_bound(m_clock.begin(), m_clock.end(), seq,
                               [](std::uint64_t s, const ClockMark& m) { return s < m.seq; });
    return std::prev(it)->time;
}

TraceEvent Trace::event(std::uint64_t seq) const {
    const EventRecord& r = record(seq);
    return TraceEvent{seq, timeOf(seq), r.task, r.other, r.line, r.worker, r.kind, r.reason};
}

std::uint64_t Trace::firstAtOrAfter(Time t) const {
    auto it = std::lower_bound(m_clock.begin(), m_clock.end(), t,
                               [](const ClockMark& m, Time v) { return m.time < v; });
    if (it == m_clock.end()) return size();
    return std::min(it->seq, size());
}

std::uint64_t Trace::countUpTo(Time t) const {
    auto it = std::upper_bound(m_clock.begin(), m_clock.end(), t,
                               [](Time v, const ClockMark& m) { return v < m.time; });
    if (it == m_clock.end()) return size();
    return std::min(it->seq, size());
}

std::size_t Trace::memoryFootprint() const {
    return m_chunks.size() * (kChunkMask + 1) * sizeof(EventRecord) +
           m_clock.capacity() * sizeof(ClockMark) + m_textData.capacity() +
           m_textOffsets.capacity() * sizeof(std::uint32_t) +
           m_tasks.capacity() * sizeof(TaskInfo) + m_workers.capacity() * sizeof(WorkerInfo) +
           m_resources.capacity() * sizeof(ResourceInfo) +
           m_resourceChanges.capacity() * sizeof(ResourceChange) +
           m_callers.capacity() * sizeof(std::vector<CallerChange>) +
           m_callerChangeCount * sizeof(CallerChange) +
           m_callerLines.capacity() * sizeof(std::uint32_t);
}

namespace {

void openSpan(std::vector<Span>& spans, const TraceEvent& e, TaskId task, TaskState state,
              WaitReason reason, WorkerId worker) {
    std::uint32_t line = e.line;
    if (!spans.empty()) {
        Span& last = spans.back();
        if (last.endSeq == kOpenSeq) {
            last.end = e.time;
            last.endSeq = e.seq;
        }
        if (line == 0) line = last.line;
    }
    spans.push_back(Span{e.time, kOpenEnd, e.seq, kOpenSeq, task, line, state, reason, worker});
}

} // namespace

void Trace::updateIndex() const {
    if (!m_index) m_index = std::make_unique<Index>();
    Index& ix = *m_index;
    ix.tasks.resize(m_tasks.size());
    ix.workers.resize(m_workers.size());
    ix.lines.resize(m_tasks.size());
    ix.runningOn.resize(m_workers.size(), 0);
    auto memoryChange = [&](Time t, std::int64_t delta) {
        ix.memoryNow += delta;
        ix.memoryPeak = std::max(ix.memoryPeak, ix.memoryNow);
        if (!ix.memory.empty() && ix.memory.back().first == t)
            ix.memory.back().second = ix.memoryNow;
        else
            ix.memory.emplace_back(t, ix.memoryNow);
    };
    const std::uint64_t n = size();
    for (std::uint64_t seq = ix.upTo; seq < n; ++seq) {
        const TraceEvent e = event(seq);
        auto& task = ix.tasks[e.task];
        if (e.task && e.line) {
            auto& lines = ix.lines[e.task];
            if (lines.empty() || lines.back().line != e.line) lines.push_back({e.seq, e.line});
        }
        auto workerIdle = [&] {
            if (e.worker < ix.workers.size() && ix.runningOn[e.worker] == e.task && e.task) {
                ix.runningOn[e.worker] = 0;
                openSpan(ix.workers[e.worker], e, 0, TaskState::Waiting, WaitReason::None,
                         e.worker);
            }
        };
        switch (e.kind) {
        case EventKind::Spawn:
            openSpan(task, e, e.task, TaskState::Ready, WaitReason::None, m_tasks[e.task].worker);
            memoryChange(e.time, static_cast<std::int64_t>(m_taskMemory));
            break;
        case EventKind::Run:
            openSpan(task, e, e.task, TaskState::Running, WaitReason::None, e.worker);
            if (e.worker < ix.workers.size()) {
                ix.runningOn[e.worker] = e.task;
                openSpan(ix.workers[e.worker], e, e.task, TaskState::Running, WaitReason::None,
                         e.worker);
            }
            break;
        case EventKind::Ready:
            workerIdle();
            openSpan(task, e, e.task, TaskState::Ready, e.reason, e.worker);
            break;
        case EventKind::Wait:
            workerIdle();
            openSpan(task, e, e.task, TaskState::Waiting, e.reason, e.worker);
            break;
        case EventKind::Hold:
        case EventKind::Resume: {
            WaitReason r = e.kind == EventKind::Hold ? e.reason : WaitReason::None;
            openSpan(task, e, e.task, TaskState::Running, r, e.worker);
            if (e.worker < ix.workers.size())
                openSpan(ix.workers[e.worker], e, e.task, TaskState::Running, r, e.worker);
            break;
        }
        case EventKind::Done:
        case EventKind::Cancelled:
        case EventKind::Failed: {
            workerIdle();
            TaskState s = e.kind == EventKind::Done        ? TaskState::Done
                          : e.kind == EventKind::Cancelled ? TaskState::Cancelled
                                                           : TaskState::Failed;
            openSpan(task, e, e.task, s, WaitReason::None, e.worker);
            memoryChange(e.time, -static_cast<std::int64_t>(m_taskMemory));
            break;
        }
        case EventKind::WorkerStart:
            if (e.worker < ix.workers.size()) {
                openSpan(ix.workers[e.worker], e, 0, TaskState::Waiting, WaitReason::None,
                         e.worker);
                memoryChange(e.time, static_cast<std::int64_t>(m_workers[e.worker].memoryBytes));
            }
            break;
        case EventKind::WorkerExit:
            if (e.worker < ix.workers.size()) {
                openSpan(ix.workers[e.worker], e, 0, TaskState::Done, WaitReason::None, e.worker);
                memoryChange(e.time, -static_cast<std::int64_t>(m_workers[e.worker].memoryBytes));
            }
            break;
        case EventKind::CancelRequest:
        case EventKind::Callback:
        case EventKind::Print:
        case EventKind::Diagnostic:
        case EventKind::Annotation: break;
        }
    }
    ix.upTo = n;
}

const std::vector<Span>& Trace::taskSpans(TaskId id) const {
    updateIndex();
    static const std::vector<Span> none;
    return id < m_index->tasks.size() ? m_index->tasks[id] : none;
}

const std::vector<Span>& Trace::workerSpans(WorkerId id) const {
    updateIndex();
    static const std::vector<Span> none;
    return id < m_index->workers.size() ? m_index->workers[id] : none;
}

Span Trace::taskStateAt(TaskId id, Time t) const {
    const auto& spans = taskSpans(id);
    auto it = std::upper_bound(spans.begin(), spans.end(), t,
                               [](Time v, const Span& s) { return v < s.begin; });
    if (it == spans.begin()) return Span{0, 0, 0, 0, id, 0, TaskState::Created, {}, 0};
    return *std::prev(it);
}

std::uint32_t Trace::taskLineAt(TaskId id, std::uint64_t seq) const {
    updateIndex();
    if (id >= m_index->lines.size()) return 0;
    const auto& lines = m_index->lines[id];
    auto it = std::partition_point(lines.begin(), lines.end(),
                                   [seq](const LineMark& m) { return m.seq < seq; });
    return it == lines.begin() ? 0 : std::prev(it)->line;
}

std::uint64_t Trace::memoryAt(Time t) const {
    updateIndex();
    const auto& m = m_index->memory;
    auto it =
        std::upper_bound(m.begin(), m.end(), t, [](Time v, const auto& p) { return v < p.first; });
    if (it == m.begin()) return 0;
    return static_cast<std::uint64_t>(std::prev(it)->second);
}

std::uint64_t Trace::peakMemory() const {
    updateIndex();
    return static_cast<std::uint64_t>(m_index->memoryPeak);
}

} // namespace coroscope
