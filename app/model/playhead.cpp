// SPDX-License-Identifier: MIT
#include "model/playhead.h"

#include <algorithm>

namespace coroscope {

Playhead playheadAtTime(const Trace& trace, Time t) {
    return Playhead{trace.countUpTo(t), std::max<Time>(t, 0)};
}

Playhead playheadAtEnd(const Trace& trace) {
    return Playhead{trace.size(), trace.endTime()};
}

Playhead stepForward(const Trace& trace, Playhead p) {
    if (p.seq >= trace.size()) return p;
    return Playhead{p.seq + 1, std::max(p.time, trace.timeOf(p.seq))};
}

Playhead stepBack(const Trace& trace, Playhead p) {
    if (p.seq == 0) return Playhead{0, 0};
    const std::uint64_t seq = p.seq - 1;
    return Playhead{seq, seq == 0 ? 0 : trace.timeOf(seq - 1)};
}

const Span* spanAt(const std::vector<Span>& spans, std::uint64_t seq) {
    auto it = std::partition_point(spans.begin(), spans.end(),
                                   [seq](const Span& s) { return s.beginSeq < seq; });
    return it == spans.begin() ? nullptr : &*std::prev(it);
}

std::size_t firstSpanEndingAfter(const std::vector<Span>& spans, std::uint64_t seq) {
    auto it = std::partition_point(spans.begin(), spans.end(),
                                   [seq](const Span& s) { return s.endSeq <= seq; });
    return static_cast<std::size_t>(it - spans.begin());
}

} // namespace coroscope
