// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace coroscope {

// The status bar's sign that runs are going: nothing for a run that ends
// within 100 ms (most do), else a moving bar and the seconds it has taken,
// so a long run never looks like a frozen window. Stop sits beside it.
class RunProgress : public QWidget {
    Q_OBJECT

public:
    explicit RunProgress(QWidget* parent = nullptr);
    // How many runs are going; 0 hides the widget at once.
    void setRunning(int runs);
    void retranslate();

private:
    void update();

    QProgressBar* m_bar;
    QLabel* m_label;
    QTimer m_tick;
    QElapsedTimer m_since;
    int m_runs = 0;
};

} // namespace coroscope
