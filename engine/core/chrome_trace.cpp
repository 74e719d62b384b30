// SPDX-License-Identifier: MIT
#include "core/chrome_trace.h"

#include <cstdint>
#include <cstdio>
#include <map>
#include <sstream>
#include <unordered_map>

namespace coroscope {

namespace {

constexpr int kPid = 1;

// The length of the UTF-8 sequence at s[i] if it encodes a code point
// (surrogates included, as a script's lone '\udc80' is kept), or 0.
std::size_t utf8Length(std::string_view s, std::size_t i, std::uint32_t& codePoint) {
    const auto lead = static_cast<unsigned char>(s[i]);
    const std::size_t length = (lead & 0xE0) == 0xC0   ? 2
                               : (lead & 0xF0) == 0xE0 ? 3
                               : (lead & 0xF8) == 0xF0 ? 4
                                                       : 0;
    if (length == 0 || i + length > s.size()) return 0;
    codePoint = lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        codePoint = (codePoint << 6) | (c & 0x3Fu);
    }
    constexpr std::uint32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < kLeast[length] || codePoint > 0x10FFFF) return 0;
    return length;
}

// JSON text must be UTF-8 and a name may hold any bytes: a surrogate is
// escaped as Python's json module writes it, any other byte that is not
// UTF-8 becomes U+FFFD.
void appendNonAscii(std::string& out, std::string_view s, std::size_t& i) {
    std::uint32_t codePoint = 0;
    const std::size_t length = utf8Length(s, i, codePoint);
    char buf[8];
    if (length == 0) {
        out += "\\ufffd";
        ++i;
    } else if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(codePoint));
        out += buf;
        i += length;
    } else {
        out.append(s.substr(i, length));
        i += length;
    }
}

std::string jsonString(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            appendNonAscii(out, s, i);
            continue;
        }
        ++i;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string micros(Time t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", static_cast<double>(t) / 1000.0);
    return buf;
}

std::string spanName(const Span& s) {
    std::string name(toString(s.state));
    if (s.reason != WaitReason::None) name += ": " + std::string(toString(s.reason));
    return name;
}

class Writer {
public:
    explicit Writer(std::ostream& out)
        : m_out(out) {}
    void event(const std::string& body) {
        m_out << (m_first ? "\n" : ",\n") << "{" << body << "}";
        m_first = false;
    }

private:
    std::ostream& m_out;
    bool m_first = true;
};

struct Flow {
    std::uint64_t id;
    TaskId from;
    TaskId to;
    Time time;
    const char* what;
};

} // namespace

void writeChromeTrace(const Trace& trace, std::ostream& out) {
    out << "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[";
    Writer w(out);
    w.event("\"name\":\"process_name\",\"ph\":\"M\",\"pid\":" + std::to_string(kPid) +
            ",\"tid\":0,\"args\":{\"name\":\"Coroscope\"}");

    // Unique track names: a repeated task name gets its id appended.
    std::map<std::string, int> seen;
    for (TaskId id = 1; id < trace.tasks().size(); ++id)
        ++seen[trace.taskName(id)];

    // Arrows: each gets its own zero-length slice at both ends, so that one
    // running span can send several (a parent spawning many children).
    std::vector<Flow> flows;
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        const char* what = nullptr;
        TaskId from = 0;
        if (r.kind == EventKind::Spawn)
            what = "spawn", from = r.other;
        else if (r.kind == EventKind::Ready && r.reason != WaitReason::Yield)
            what = "wake", from = r.other;
        else if (r.kind == EventKind::CancelRequest)
            what = "cancel", from = r.other;
        if (what && from && from != r.task)
            flows.push_back({flows.size() + 1, from, r.task, trace.timeOf(seq), what});
    }
    std::unordered_map<TaskId, std::vector<const Flow*>> outgoing, incoming;
    for (const Flow& f : flows) {
        outgoing[f.from].push_back(&f);
        incoming[f.to].push_back(&f);
    }

    for (TaskId id = 1; id < trace.tasks().size(); ++id) {
        const auto& spans = trace.taskSpans(id);
        if (spans.empty()) continue;
        std::string name = trace.taskName(id);
        if (seen[name] > 1) name += " #" + std::to_string(id);
        std::string common = ",\"cat\":\"task\",\"pid\":" + std::to_string(kPid) +
                             ",\"tid\":0,\"id\":" + std::to_string(id);
        Time begin = spans.front().begin;
        Time end = std::min(spans.back().end, trace.endTime());
        if (spans.back().state == TaskState::Done || spans.back().state == TaskState::Cancelled ||
            spans.back().state == TaskState::Failed)
            end = spans.back().begin;
        w.event("\"name\":" + jsonString(name) + ",\"ph\":\"b\",\"ts\":" + micros(begin) + common);
        for (const Span& s : spans) {
            if (s.state == TaskState::Done || s.state == TaskState::Cancelled ||
                s.state == TaskState::Failed)
                continue;
            Time e = std::min(s.end, end);
            std::string args = ",\"args\":{\"line\":" + std::to_string(s.line) +
                               ",\"worker\":" + jsonString(trace.workerName(s.worker)) + "}";
            w.event("\"name\":" + jsonString(spanName(s)) +
                    ",\"ph\":\"b\",\"ts\":" + micros(s.begin) + common + args);
            w.event("\"name\":" + jsonString(spanName(s)) + ",\"ph\":\"e\",\"ts\":" + micros(e) +
                    common);
        }
        for (const Flow* f : outgoing[id]) {
            std::string flow = ",\"bind_id\":" + std::to_string(f->id) + ",\"flow_out\":true";
            w.event("\"name\":" + jsonString(std::string(f->what)) +
                    ",\"ph\":\"b\",\"ts\":" + micros(f->time) + common + flow);
            w.event("\"name\":" + jsonString(std::string(f->what)) +
                    ",\"ph\":\"e\",\"ts\":" + micros(f->time) + common);
        }
        for (const Flow* f : incoming[id]) {
            std::string flow = ",\"bind_id\":" + std::to_string(f->id) + ",\"flow_in\":true";
            std::string label = std::string(f->what) + "d";
            w.event("\"name\":" + jsonString(label) + ",\"ph\":\"b\",\"ts\":" + micros(f->time) +
                    common + flow);
            w.event("\"name\":" + jsonString(label) + ",\"ph\":\"e\",\"ts\":" + micros(f->time) +
                    common);
        }
        std::string endState(toString(spans.back().state));
        w.event("\"name\":" + jsonString(name) + ",\"ph\":\"e\",\"ts\":" + micros(end) + common +
                ",\"args\":{\"state\":" + jsonString(endState) + "}");
    }
    out << "\n]}\n";
}

std::string chromeTraceJson(const Trace& trace) {
    std::ostringstream out;
    writeChromeTrace(trace, out);
    return out.str();
}

} // namespace coroscope
