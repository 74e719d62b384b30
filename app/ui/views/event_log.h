// SPDX-License-Identifier: MIT
#pragma once

#include "model/run_model.h"
#include "ui/style/theme.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QTableView;

namespace coroscope {

// The events that have happened by the playhead, one row each, optionally
// only the selected task's. Rows are formatted when shown, so a run of a
// million events costs nothing until scrolled to.
// Invariant: rowCount() == number of listed events with seq < playhead.seq.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TaskColumn,
        WorkerColumn,
        EventColumn,
        DetailColumn,
        LineColumn,
        ColumnCount
    };

    explicit EventLogModel(QObject* parent = nullptr);
    void setRun(std::shared_ptr<const RunModel> run);
    void setPlayhead(const Playhead& p);
    void setFilterTask(TaskId task); // 0: every event
    void setSelectedTask(TaskId task);
    void setTheme(const Theme* theme) { m_theme = theme; }
    std::uint64_t seqOfRow(int row) const;
    int rowOfSeq(std::uint64_t seq) const; // the last row at or before seq

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int visibleRows(std::uint64_t seq) const;
    void resetRows();

    std::shared_ptr<const RunModel> m_run;
    std::vector<std::uint64_t> m_filtered; // the selected task's events, when filtering
    TaskId m_filter = 0;
    TaskId m_selected = 0;
    Playhead m_playhead;
    int m_rows = 0;
    const Theme* m_theme = &Theme::light();
};

// The event log panel: the table and a "only the selected task" switch.
class EventLogView : public QWidget {
    Q_OBJECT

public:
    // The rows the table always has room for.
    static constexpr int kMinimumRows = 3;

    explicit EventLogView(QWidget* parent = nullptr);
    EventLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setRun(std::shared_ptr<const RunModel> run);
    void setPlayhead(const Playhead& p);
    void setSelectedTask(TaskId task);
    void setTheme(const Theme* theme);
    void retranslate();

Q_SIGNALS:
    void eventClicked(std::uint64_t seq, TaskId task);

protected:
    void changeEvent(QEvent* event) override;

private:
    EventLogModel* m_model;
    QTableView* m_table;
    QCheckBox* m_onlySelected;
    TaskId m_selected = 0;
};

} // namespace coroscope
