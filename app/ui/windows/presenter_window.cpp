// SPDX-License-Identifier: MIT
#include "ui/windows/presenter_window.h"

#include "ui/panels/narration_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/style/format.h"
#include "ui/views/code_editor.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace coroscope {

PresenterWindow::PresenterWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_title(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_code(new CodeEditor(this))
    , m_restaurant(new RestaurantView(this))
    , m_timeline(new TimelineView(this))
    , m_narration(new NarrationPanel(this))
    , m_predict(nullptr) {
    const Theme* theme = &Theme::contrast();
    setAutoFillBackground(true);
    QPalette pal = theme->palette();
    setPalette(pal);
    m_code->setReadOnly(true);
    m_code->setTheme(theme);
    m_code->setCodeFont(22);
    m_restaurant->setTheme(theme);
    m_restaurant->setClockShown(false); // the header's clock is the one to read
    m_timeline->setTheme(theme);
    m_timeline->setScale(1.8);
    m_narration->setTheme(theme);
    m_narration->setTextScale(1.7);
    m_stack->addWidget(m_code);
    m_stack->addWidget(m_restaurant);
    m_stack->addWidget(m_timeline);
    m_predict = new PredictCard(m_stack);
    m_predict->setTheme(theme);
    m_predict->setTextScale(1.6);

    QFont titleFont = theme->font(22, true);
    m_title->setFont(titleFont);
    QFont clockFont = theme->font(24, true);
    m_clock->setFont(clockFont);
    m_clock->setStyleSheet(QStringLiteral("color: %1;").arg(theme->cursor.name()));
    m_hint->setFont(theme->font(11));
    m_hint->setStyleSheet(QStringLiteral("color: %1;").arg(theme->mutedText.name()));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(24, 10, 24, 4);
    top->addWidget(m_title, 1);
    top->addWidget(m_hint);
    top->addSpacing(24);
    top->addWidget(m_clock);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_narration);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_timeline, &TimelineView::taskClicked, this, &PresenterWindow::setSelectedTask);
    connect(m_predict, &PredictCard::dismissed, m_predict, &QWidget::hide);
    connect(m_predict, &PredictCard::chosen, this, [this](int choice) {
        m_predict->hide();
        Q_EMIT predicted(choice);
    });
    showView(QSettings().value(QStringLiteral("presenter/view"), 1).toInt());
    retranslate();
}

void PresenterWindow::setRun(std::shared_ptr<const RunModel> run, const Lesson* lesson, int script,
                             const QString& language) {
    m_run = std::move(run);
    m_lesson = lesson;
    m_script = script;
    m_language = language;
    m_restaurant->setRun(m_run);
    m_timeline->setRun(m_run);
    m_code->setRun(m_run);
    if (lesson && script >= 0 && script < static_cast<int>(lesson->scripts.size())) {
        const LessonScript& s = lesson->scripts[static_cast<std::size_t>(script)];
        m_code->setPlainText(
            QSettings()
                .value(QStringLiteral("edits/%1/%2").arg(lesson->id, s.file), s.source)
                .toString());
        m_title->setText(lesson->title.in(language));
    }
    setNarration(m_step, m_waiting);
}

void PresenterWindow::setPlayhead(const Playhead& p) {
    m_restaurant->setPlayhead(p);
    m_timeline->setPlayhead(p);
    if (m_run) {
        m_code->setMarks(liveTaskLines(m_run->trace, p));
        m_code->revealMarks();
    }
    m_clock->setText(Format::clock(p.time));
}

void PresenterWindow::setSelectedTask(TaskId task) {
    m_restaurant->setSelectedTask(task);
    m_timeline->setSelectedTask(task);
    m_code->setSelectedTask(task);
}

void PresenterWindow::setMotion(double speed) {
    m_restaurant->setMotion(speed);
}

void PresenterWindow::setNarration(int step, bool waiting) {
    m_step = step;
    m_waiting = waiting;
    if (!m_lesson) return;
    if (step < 0 || step >= static_cast<int>(m_lesson->narration.size())) {
        m_narration->setSummary(m_lesson->title.in(m_language), m_lesson->summary.in(m_language));
        return;
    }
    const auto steps = m_lesson->stepsOf(m_script);
    const int position =
        static_cast<int>(std::find(steps.begin(), steps.end(), step) - steps.begin());
    m_narration->setStep(
        m_lesson->narrationFor(m_lesson->narration[static_cast<std::size_t>(step)].id, m_language),
        position, static_cast<int>(steps.size()), waiting);
}

void PresenterWindow::ask(const Question& question) {
    m_predict->ask(question, m_language);
}

void PresenterWindow::showView(int view) {
    m_stack->setCurrentIndex(std::clamp(view, 0, 2));
    QSettings().setValue(QStringLiteral("presenter/view"), m_stack->currentIndex());
    m_predict->place();
}

int PresenterWindow::view() const {
    return m_stack->currentIndex();
}

void PresenterWindow::retranslate() {
    m_hint->setText(tr("1 code · 2 restaurant · 3 timeline · Space play · → next · Esc leave"));
    setWindowTitle(tr("Coroscope — presenter"));
}

void PresenterWindow::keyPressEvent(QKeyEvent* e) {
    switch (e->key()) {
    case Qt::Key_1:
    case Qt::Key_C: showView(0); return;
    case Qt::Key_2: showView(1); return;
    case Qt::Key_3: showView(2); return;
    case Qt::Key_Escape: close(); return;
    default: QWidget::keyPressEvent(e);
    }
}

void PresenterWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void PresenterWindow::closeEvent(QCloseEvent* e) {
    QWidget::closeEvent(e);
}

} // namespace coroscope
