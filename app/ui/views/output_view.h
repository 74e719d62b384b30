// SPDX-License-Identifier: MIT
#pragma once

#include "model/run_model.h"
#include "ui/style/theme.h"

#include <QPlainTextEdit>

#include <memory>
#include <vector>

namespace coroscope {

// What the program printed by the playhead, then (at the end) its
// tracebacks and asyncio's warnings, as CPython would show them.
class OutputView : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit OutputView(QWidget* parent = nullptr);
    void setRun(std::shared_ptr<const RunModel> run);
    void setPlayhead(const Playhead& p);
    void setTheme(const Theme* theme);

private:
    void rebuild(std::size_t upTo);

    std::shared_ptr<const RunModel> m_run;
    std::vector<std::uint64_t> m_prints; // seqs of Print events
    std::size_t m_shown = 0;
    bool m_errShown = false;
    const Theme* m_theme = &Theme::light();
};

} // namespace coroscope
