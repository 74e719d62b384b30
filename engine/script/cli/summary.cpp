// SPDX-License-Identifier: MIT
#include "script/cli/summary.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace coroscope {

namespace {

std::string secondsText(Time t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f s", toSeconds(t));
    return buf;
}

std::string clipped(std::string s, std::size_t width) {
    if (s.size() > width) s = s.substr(0, width - 3) + "...";
    return s;
}

} // namespace

std::string formatSummary(const RunResult& result) {
    const Trace& trace = result.trace;
    const std::size_t n = trace.tasks().size();
    // How each task ended, from its last event.
    std::vector<std::string> outcome(n);
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& e = trace.record(seq);
        if (e.task >= n) continue;
        if (e.kind == EventKind::Failed)
            outcome[e.task] = std::string(trace.text(e.other));
        else if (e.kind == EventKind::Cancelled)
            outcome[e.task] = "cancelled";
    }
    struct Row {
        std::string name, kind, state, waiting, running, result;
    };
    std::vector<Row> rows;
    rows.push_back({"task", "kind", "state", "waiting", "running", "result"});
    for (TaskId id = 1; id < n; ++id) {
        const TaskInfo& info = trace.tasks()[id];
        Time waiting = 0, running = 0;
        TaskState last = TaskState::Created;
        for (const Span& s : trace.taskSpans(id)) {
            Time d = std::max<Time>(0, std::min(s.end, trace.endTime()) - s.begin);
            if (s.state == TaskState::Running) running += d;
            if (s.state == TaskState::Waiting || s.state == TaskState::Ready) waiting += d;
            last = s.state;
        }
        Row r;
        r.name = trace.taskName(id);
        r.kind = info.kind == TaskKind::Task     ? "task"
                 : info.kind == TaskKind::Thread ? "thread"
                                                 : "process";
        r.state = std::string(toString(last));
        r.waiting = secondsText(waiting);
        r.running = secondsText(running);
        r.result = !outcome[id].empty()             ? outcome[id]
                   : id < result.taskResults.size() ? result.taskResults[id]
                                                    : std::string();
        rows.push_back(std::move(r));
    }
    std::size_t w[5] = {0, 0, 0, 0, 0};
    for (auto& r : rows) {
        r.name = clipped(r.name, 28);
        r.result = clipped(r.result, 60);
        w[0] = std::max(w[0], r.name.size());
        w[1] = std::max(w[1], r.kind.size());
        w[2] = std::max(w[2], r.state.size());
        w[3] = std::max(w[3], r.waiting.size());
        w[4] = std::max(w[4], r.running.size());
    }
    std::string out;
    for (const auto& r : rows) {
        auto pad = [](const std::string& s, std::size_t width, bool right) {
            std::string spaces(width > s.size() ? width - s.size() : 0, ' ');
            return right ? spaces + s : s + spaces;
        };
        std::string line = pad(r.name, w[0], false) + "  " + pad(r.kind, w[1], false) + "  " +
                           pad(r.state, w[2], false) + "  " + pad(r.waiting, w[3], true) + "  " +
                           pad(r.running, w[4], true) + "  " + r.result;
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line + "\n";
    }
    return out;
}

} // namespace coroscope
