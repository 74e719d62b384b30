// SPDX-License-Identifier: MIT
// The presenter window's views and how they are fitted to the screen; its
// keys, menu, theme and the speaker's type size are in presenter_controls.cpp.
#include "ui/windows/presenter_window.h"

#include "model/script_constants.h"

#include "ui/panels/narration_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/style/format.h"
#include "ui/views/code_editor.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace coroscope {

namespace {

// The presenter's sizes at text size 1: read from the back of a room.
constexpr double kCodePoints = 22;
constexpr double kCodeMinPoints = 14; // below this, long lines wrap instead
constexpr double kNarrationScale = 1.7;
constexpr double kCardScale = 1.6;
constexpr double kTimelineScale = 1.8;
// The narration may take this share of the height; a longer step is set
// smaller, down to kNarrationMinScale, rather than cut.
constexpr double kNarrationShare = 0.4;
constexpr double kNarrationMinScale = 0.9;

} // namespace

PresenterWindow::PresenterWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_theme(
          &Theme::byName(QSettings()
                             .value(QStringLiteral("presenter/theme"), QStringLiteral("contrast"))
                             .toString()))
    , m_title(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_menuButton(new QToolButton(this))
    , m_stage(new QSplitter(Qt::Horizontal, this))
    , m_code(new CodeEditor(m_stage))
    , m_restaurant(new RestaurantView(m_stage))
    , m_timeline(new TimelineView(m_stage))
    , m_compare(new CompareView(m_stage))
    , m_narration(new NarrationPanel(this))
    , m_predict(new PredictCard(this))
    , m_blank(new QWidget(this)) {
    setAutoFillBackground(true);
    m_code->setReadOnly(true);
    m_restaurant->setClockShown(false); // the header's clock is the one to read
    m_stage->setChildrenCollapsible(false);
    m_stage->setHandleWidth(6);
    m_code->installEventFilter(this);
    // The card floats over the whole window, centred on the stage, so a
    // short stage does not cut it off.
    m_predict->setAnchor(m_stage);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setText(QStringLiteral("☰"));
    m_narration->setContentsMargins(16, 4, 16, 0);
    m_narration->setAutoFillBackground(true); // its margins the colour of its text's ground
    // The title takes the room left and is elided to it, never widening the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_blank->setAutoFillBackground(true);
    QPalette black;
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->hide();

    auto* top = new QHBoxLayout;
    top->setContentsMargins(24, 8, 16, 4);
    top->addWidget(m_title, 1);
    top->addWidget(m_hint);
    top->addSpacing(16);
    top->addWidget(m_clock);
    top->addWidget(m_menuButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_stage, 1);
    layout->addWidget(m_narration);

    connect(m_timeline, &TimelineView::taskClicked, this, &PresenterWindow::setSelectedTask);
    connect(m_narration, &NarrationPanel::continueRequested, this,
            &PresenterWindow::continueRequested);
    connect(m_predict, &PredictCard::dismissed, this, [this] {
        m_predict->hide();
        Q_EMIT questionDismissed();
    });
    connect(m_predict, &PredictCard::chosen, this, [this](int choice) {
        m_predict->hide();
        Q_EMIT predicted(choice);
    });
    createActions();
    m_fontScale = std::clamp(
        QSettings().value(QStringLiteral("presenter/fontScale"), 1.0).toDouble(), 0.5, 3.0);
    applyTheme();
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
        m_titleText = lesson->title.in(language);
        const QString label = s.label.isEmpty() ? s.file : s.label.in(language);
        if (lesson->scripts.size() > 1 && label != m_titleText)
            m_titleText += QStringLiteral(" — ") + label;
    }
    fitCode();
    fitHeader();
    setNarration(m_step, m_waiting, m_values);
}

void PresenterWindow::setPlayhead(const Playhead& p) {
    m_restaurant->setPlayhead(p);
    m_timeline->setPlayhead(p);
    m_compare->setTime(p.time);
    if (m_run) {
        m_code->setMarks(liveTaskLines(m_run->trace, p));
        m_code->revealMarks();
    }
    m_clock->setText(Format::clock(p.time));
    if (m_clock->sizeHint().width() != m_clockWidth) {
        m_clockWidth = m_clock->sizeHint().width();
        fitHeader();
    }
}

void PresenterWindow::setSelectedTask(TaskId task) {
    m_restaurant->setSelectedTask(task);
    m_timeline->setSelectedTask(task);
    m_code->setSelectedTask(task);
}

void PresenterWindow::setMotion(double speed) {
    m_restaurant->setMotion(speed);
}

void PresenterWindow::setCompare(std::vector<ComparedRun> runs) {
    m_compare->setRuns(std::move(runs));
}

void PresenterWindow::setNarration(int step, bool waiting, const QMap<QString, double>& values) {
    m_step = step;
    m_waiting = waiting;
    m_values = values;
    if (!m_lesson) return;
    if (step < 0 || step >= static_cast<int>(m_lesson->narration.size())) {
        m_narration->setSummary(m_lesson->title.in(m_language), m_lesson->summary.in(m_language));
    } else {
        const auto steps = m_lesson->stepsOf(m_script);
        const int position =
            static_cast<int>(std::find(steps.begin(), steps.end(), step) - steps.begin());
        m_narration->setStep(
            fillParameters(m_lesson->narrationFor(
                               m_lesson->narration[static_cast<std::size_t>(step)].id, m_language),
                           m_lesson->parameters, m_values, m_language),
            position, static_cast<int>(steps.size()), waiting);
    }
    fitNarration();
}

void PresenterWindow::ask(const Question& question) {
    m_predict->ask(question, m_language);
    fitCard();
    if (blanked()) m_blank->raise();
}

void PresenterWindow::answer(const Question& question, int chosen, const Measured& measured) {
    m_predict->answer(question, m_language, chosen, measured);
    fitCard();
    if (blanked()) m_blank->raise();
}

void PresenterWindow::hideQuestion() {
    m_predict->hide();
}

void PresenterWindow::showView(int view) {
    m_view = static_cast<Stage>(std::clamp(view, 0, kStageCount - 1));
    const bool code = m_view == Stage::Code || m_view == Stage::CodeAndRestaurant ||
                      m_view == Stage::CodeAndTimeline;
    const bool restaurant = m_view == Stage::Restaurant || m_view == Stage::CodeAndRestaurant;
    const bool timeline = m_view == Stage::Timeline || m_view == Stage::CodeAndTimeline;
    m_code->setVisible(code);
    m_restaurant->setVisible(restaurant);
    m_timeline->setVisible(timeline);
    m_compare->setVisible(m_view == Stage::Compare);
    // Side by side, the code gets a little less than half: its lines are
    // fitted to the room, the picture needs it more.
    const int w = std::max(width(), 2);
    if (m_view == Stage::CodeAndRestaurant || m_view == Stage::CodeAndTimeline)
        m_stage->setSizes(
            {w * 45 / 100, restaurant ? w * 55 / 100 : 0, timeline ? w * 55 / 100 : 0, 0});
    QSettings().setValue(QStringLiteral("presenter/view"), static_cast<int>(m_view));
    if (QAction* a = m_views->actions().value(static_cast<int>(m_view))) a->setChecked(true);
    fitCode();
    m_predict->place();
}

int PresenterWindow::view() const {
    return static_cast<int>(m_view);
}

void PresenterWindow::applyFontScale() {
    const double s = typeScale();
    m_title->setFont(m_theme->font(22 * s, true));
    m_clock->setFont(m_theme->font(24 * s, true));
    m_hint->setFont(m_theme->font(11 * std::max(1.0, s)));
    m_menuButton->setFont(m_theme->font(16 * std::max(1.0, s)));
    m_timeline->setScale(kTimelineScale * s);
    fitCode();
    fitHeader();
    fitNarration();
    fitCard();
}

void PresenterWindow::fitNarration() {
    // The whole step, always: a speaker cannot scroll in front of a room.
    const int room = std::max(120, static_cast<int>(height() * kNarrationShare));
    double scale = kNarrationScale * typeScale();
    const double floor = std::min(scale, kNarrationMinScale);
    int needed = 0;
    for (;;) {
        m_narration->setTextScale(scale);
        needed = m_narration->neededHeight(width());
        if (needed <= room || scale <= floor) break;
        scale = std::max(floor, scale * 0.92);
    }
    m_narration->setFixedHeight(std::min(needed, room));
}

void PresenterWindow::fitCode() {
    if (!m_code->isVisibleTo(this)) return;
    // The longest line fits the column at the largest size up to the
    // presenter's; where even the smallest readable size is too wide,
    // lines wrap rather than run off the edge.
    int longest = 1;
    for (const QString& line : m_code->toPlainText().split(QLatin1Char('\n')))
        longest =
            std::max(longest, static_cast<int>(line.size() + line.count(QLatin1Char('\t')) * 3));
    const double wanted = kCodePoints * typeScale();
    const double smallest = std::min(wanted, kCodeMinPoints * typeScale());
    // The room for text and a character's width, at the font now set.
    auto room = [this] {
        return m_code->width() - 2 * m_code->frameWidth() - m_code->gutterWidth() -
               2 * m_code->document()->documentMargin() -
               m_code->style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 6;
    };
    auto advance = [this] {
        return QFontMetricsF(m_code->font()).horizontalAdvance(QLatin1Char('M'));
    };
    double points = wanted;
    // Twice: the gutter grows with the font.
    for (int pass = 0; pass < 2; ++pass) {
        m_code->setCodeFont(points);
        points = std::clamp(room() * points / (advance() * longest), smallest, wanted);
    }
    m_code->setCodeFont(points);
    m_code->setLineWrapMode(advance() * longest > room() ? QPlainTextEdit::WidgetWidth
                                                         : QPlainTextEdit::NoWrap);
}

void PresenterWindow::fitCard() {
    if (m_predict->isHidden()) return;
    // All of the card on the screen: a long question is set smaller.
    double scale = kCardScale * typeScale();
    const double floor = std::min(scale, 0.9);
    for (;;) {
        m_predict->setTextScale(scale);
        m_predict->place();
        if ((m_predict->height() <= height() - 20 && m_predict->choicesFit()) || scale <= floor)
            break;
        scale = std::max(floor, scale * 0.9);
    }
}

void PresenterWindow::fitHeader() {
    // The title first, then the clock; the hint only where there is room.
    const int hint = m_hint->sizeHint().width() + 16;
    const int fixed = 24 + 16 + m_clock->sizeHint().width() + m_menuButton->sizeHint().width() + 16;
    const int title = QFontMetrics(m_title->font()).horizontalAdvance(m_titleText);
    const bool roomForHint = title + hint + fixed <= width();
    if (roomForHint == m_hint->isHidden()) {
        m_hint->setVisible(roomForHint);
        // Now, not at the next layout request: this may be inside one.
        layout()->invalidate();
        layout()->activate();
    }
    elideTitle();
}

void PresenterWindow::elideTitle() {
    m_title->setText(QFontMetrics(m_title->font())
                         .elidedText(m_titleText, Qt::ElideRight, std::max(m_title->width(), 40)));
}

double PresenterWindow::typeScale() const {
    // The same share of a taller screen: type grows with it past 800 px.
    return m_fontScale * std::clamp(height() / 800.0, 1.0, 2.0);
}

void PresenterWindow::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    m_blank->setGeometry(rect());
    if (e->oldSize().width() != width()) showView(view()); // the split's share of the new width
    applyFontScale();
}

bool PresenterWindow::eventFilter(QObject* watched, QEvent* e) {
    if (watched == m_code && e->type() == QEvent::Resize) fitCode();
    if (watched == m_title && e->type() == QEvent::Resize) elideTitle();
    return QWidget::eventFilter(watched, e);
}

} // namespace coroscope
