// SPDX-License-Identifier: MIT
#include "ui/views/event_log.h"

#include "ui/style/format.h"

#include <QCheckBox>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace coroscope {

EventLogModel::EventLogModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EventLogModel::setRun(std::shared_ptr<const RunModel> run) {
    beginResetModel();
    m_run = std::move(run);
    m_playhead = Playhead{};
    m_filtered.clear();
    if (m_run && m_filter) {
        for (std::uint64_t s = 0; s < m_run->trace.size(); ++s)
            if (m_run->trace.record(s).task == m_filter) m_filtered.push_back(s);
    }
    m_rows = 0;
    endResetModel();
}

int EventLogModel::visibleRows(std::uint64_t seq) const {
    if (!m_run) return 0;
    if (!m_filter) return static_cast<int>(std::min<std::uint64_t>(seq, m_run->trace.size()));
    return static_cast<int>(std::lower_bound(m_filtered.begin(), m_filtered.end(), seq) -
                            m_filtered.begin());
}

void EventLogModel::setPlayhead(const Playhead& p) {
    m_playhead = p;
    const int rows = visibleRows(p.seq);
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void EventLogModel::resetRows() {
    beginResetModel();
    m_filtered.clear();
    if (m_run && m_filter)
        for (std::uint64_t s = 0; s < m_run->trace.size(); ++s)
            if (m_run->trace.record(s).task == m_filter) m_filtered.push_back(s);
    m_rows = visibleRows(m_playhead.seq);
    endResetModel();
}

void EventLogModel::setFilterTask(TaskId task) {
    if (task == m_filter) return;
    m_filter = task;
    resetRows();
}

void EventLogModel::setSelectedTask(TaskId task) {
    m_selected = task;
    if (m_rows > 0) Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

std::uint64_t EventLogModel::seqOfRow(int row) const {
    return m_filter ? m_filtered[static_cast<std::size_t>(row)] : static_cast<std::uint64_t>(row);
}

int EventLogModel::rowOfSeq(std::uint64_t seq) const {
    return std::min(m_rows, visibleRows(seq + 1)) - 1;
}

int EventLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!m_run || !index.isValid() || index.row() >= m_rows) return {};
    const Trace& trace = m_run->trace;
    const std::uint64_t seq = seqOfRow(index.row());
    const EventRecord& r = trace.record(seq);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn: return Format::seconds(trace.timeOf(seq));
        case TaskColumn: return r.task ? QString::fromStdString(trace.taskName(r.task)) : QString();
        case WorkerColumn: return QString::fromStdString(trace.workerName(r.worker));
        case EventColumn: {
            QString kind = Format::eventKind(r);
            // An annotation's reason byte is its kind, not a wait reason.
            const QString why =
                r.kind == EventKind::Annotation ? QString() : Format::reason(r.reason);
            return why.isEmpty() ? kind : QStringLiteral("%1 · %2").arg(kind, why);
        }
        case DetailColumn: return Format::waitedOn(trace, r, true);
        case LineColumn: return r.line ? QVariant(r.line) : QVariant();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == EventColumn) {
        switch (r.kind) {
        case EventKind::Cancelled:
        case EventKind::CancelRequest: return m_theme->cancelArrow;
        case EventKind::Failed:
        case EventKind::Diagnostic: return m_theme->failed;
        case EventKind::Print: return m_theme->accent;
        default: return {};
        }
    }
    if (role == Qt::BackgroundRole && m_selected && r.task == m_selected) {
        QColor c = m_theme->selection;
        c.setAlpha(110);
        return c;
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == TimeColumn || index.column() == LineColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case TaskColumn: return tr("Task");
    case WorkerColumn: return tr("Worker");
    case EventColumn: return tr("Event");
    case DetailColumn: return tr("Detail");
    case LineColumn: return tr("Line");
    }
    return {};
}

EventLogView::EventLogView(QWidget* parent)
    : QWidget(parent)
    , m_model(new EventLogModel(this))
    , m_table(new QTableView(this))
    , m_onlySelected(new QCheckBox(this)) {
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(EventLogModel::DetailColumn,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    // Room for a few events however small the dock is made: one or two rows
    // tell nothing of what led to the playhead.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              kMinimumRows * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_onlySelected);
    connect(m_onlySelected, &QCheckBox::toggled, this,
            [this](bool on) { m_model->setFilterTask(on ? m_selected : 0); });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex& index) {
        if (!index.isValid()) return;
        const std::uint64_t seq = m_model->seqOfRow(index.row());
        Q_EMIT eventClicked(seq, 0);
    });
    retranslate();
}

void EventLogView::setRun(std::shared_ptr<const RunModel> run) {
    m_model->setRun(std::move(run));
}

void EventLogView::setPlayhead(const Playhead& p) {
    const bool atEnd =
        m_table->verticalScrollBar() == nullptr ||
        m_table->verticalScrollBar()->value() >= m_table->verticalScrollBar()->maximum() - 2;
    m_model->setPlayhead(p);
    // Follow the newest event, unless the reader scrolled up to look at one.
    if (atEnd && m_model->rowCount() > 0) m_table->scrollToBottom();
}

void EventLogView::setSelectedTask(TaskId task) {
    m_selected = task;
    m_model->setSelectedTask(task);
    if (m_onlySelected->isChecked()) m_model->setFilterTask(task);
}

void EventLogView::setTheme(const Theme* theme) {
    m_model->setTheme(theme);
    m_table->viewport()->update();
}

void EventLogView::retranslate() {
    m_onlySelected->setText(tr("Only the selected task"));
    m_onlySelected->setToolTip(tr("List only the events of the task selected in any view"));
}

void EventLogView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

} // namespace coroscope
