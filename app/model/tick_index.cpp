// SPDX-License-Identifier: MIT
#include "model/tick_index.h"

#include <algorithm>
#include <cmath>

namespace coroscope {

TickIndex::TickIndex(const Trace& trace) {
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq)
        if (trace.record(seq).kind == EventKind::Run) m_runs.push_back(seq);
}

double TickIndex::positionOf(std::uint64_t seq) const {
    auto it = std::lower_bound(m_runs.begin(), m_runs.end(), seq);
    return static_cast<double>(it - m_runs.begin());
}

std::uint64_t TickIndex::seqAt(double position) const {
    if (position <= 0 || m_runs.empty()) return 0;
    const auto k = static_cast<std::size_t>(std::ceil(position));
    if (k >= m_runs.size()) return m_runs.empty() ? 0 : m_runs.back() + 1;
    return m_runs[k];
}

} // namespace coroscope
