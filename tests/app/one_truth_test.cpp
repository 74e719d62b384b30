// SPDX-License-Identifier: MIT
// The code and the parameters say the same values, a question is judged
// against the run it was put about, nothing on screen answers a question
// still open, and Compare shows each run whole.
#include "fresh_state.h"
#include "model/lesson_loader.h"
#include "model/lesson_session.h"
#include "model/measure.h"
#include "model/script_constants.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/panels/parameters_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/style/format.h"
#include "ui/style/language.h"
#include "ui/views/code_editor.h"
#include "ui/views/compare_view.h"
#include "ui/views/event_log.h"
#include "ui/windows/main_window.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>

#include <gtest/gtest.h>

#include <memory>

using namespace coroscope;

namespace {

using Fresh = test::FreshState;

QString fixture(const char* path) {
    return QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QString::fromLatin1(path));
}

QString lessonsDir() {
    return QStringLiteral(COROSCOPE_LESSONS_DIR);
}

void settle(MainWindow& window) {
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.runsInFlight() == 0; }, 60000));
}

QAction* actionNamed(QWidget& w, const char* name) {
    for (QAction* a : w.actions())
        if (a->objectName() == QLatin1String(name)) return a;
    return nullptr;
}

// A shown window in English with these lessons.
struct Window {
    Fresh fresh;
    Language language;
    std::unique_ptr<MainWindow> window;
    explicit Window(const QString& root) {
        language.set(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&language);
        window->resize(1400, 900);
        window->show();
        window->loadLessons({root});
    }
};

// Replaces line `line` (1-based) of the editor as the learner would type it.
void typeLine(CodeEditor* editor, int line, const QString& text) {
    QTextCursor c(editor->document()->findBlockByNumber(line - 1));
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    c.insertText(text);
}

// Every text a learner can read in the window, but the question card's own.
QStringList textsOnScreen(MainWindow& window) {
    QStringList out;
    auto* card = window.findChild<PredictCard*>();
    const auto inCard = [card](const QWidget* w) { return card && card->isAncestorOf(w); };
    for (QLabel* l : window.findChildren<QLabel*>())
        if (l->isVisible() && !inCard(l)) out << l->text();
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>())
        if (b->isVisible() && !inCard(b)) out << b->text();
    out << window.statusBar()->currentMessage();
    if (auto* log = window.findChild<EventLogView*>()) {
        const EventLogModel* m = log->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                out << m->data(m->index(r, c), Qt::DisplayRole).toString();
    }
    if (auto* compare = window.findChild<CompareView*>()) {
        QImage img(1400, 800, QImage::Format_RGB32);
        QPainter p(&img);
        compare->render(p, img.rect());
        out << compare->drawnTexts();
    }
    return out;
}

// The answer as the window writes it: total time and peak memory as
// Compare and the card show them, workers as Compare counts them.
QString answerText(const Trace& trace, Measure measure) {
    switch (measure) {
    case Measure::TotalTime: return Format::seconds(trace.endTime());
    case Measure::PeakMemory: return Format::bytes(trace.peakMemory());
    case Measure::Workers:
        return QStringLiteral("workers %1").arg(static_cast<int>(trace.workers().size()));
    case Measure::FirstDone: return {}; // the choices name the tasks: nothing to hide
    }
    return {};
}

} // namespace

TEST(ScriptConstants, ReadsAndRewritesOnlyAPlainLiteral) {
    LessonParameter latency;
    latency.name = QStringLiteral("LATENCY");
    latency.type = LessonParameter::Type::Float;
    const QString code = QStringLiteral("import sim\nLATENCY = 0.2   # seconds\nprint(LATENCY)\n");
    EXPECT_EQ(constantIn(code, latency), 0.2);
    EXPECT_EQ(constantLine(code, latency.name), 2);
    EXPECT_EQ(withConstant(code, latency, 0.5),
              QStringLiteral("import sim\nLATENCY = 0.5   # seconds\nprint(LATENCY)\n"));
    // Typed as the learner likes it, it stays so when the value is the same.
    const QString typed = QStringLiteral("LATENCY = 0.50\n");
    EXPECT_EQ(withConstant(typed, latency, 0.5), typed);
    // An expression is the learner's: not read, not rewritten.
    const QString expression = QStringLiteral("LATENCY = 0.1 * 5\n");
    EXPECT_FALSE(constantIn(expression, latency));
    EXPECT_EQ(withConstant(expression, latency, 0.3), expression);
}

TEST(LessonSession, AParameterAndTheConstantInTheCodeStayEqualBothWays) {
    Fresh fresh;
    Lesson l;
    l.id = QStringLiteral("truth");
    l.scripts = {{QStringLiteral("one.py"), {}, QStringLiteral("CLIENTS = 3\nprint(1)\n")},
                 {QStringLiteral("two.py"), {}, QStringLiteral("CLIENTS = 3\nprint(2)\n")}};
    LessonParameter clients;
    clients.name = QStringLiteral("CLIENTS");
    clients.defaultValue = 3;
    clients.minimum = 1;
    clients.maximum = 10;
    l.parameters = {clients};
    std::vector<ScriptJob> jobs;
    LessonSession session(
        [&](const ScriptJob& job, const LessonSession::RunDone&) { jobs.push_back(job); }, nullptr);
    session.open(&l);
    // The panel's value is written into every script's constant, and run so.
    session.setParameters({{QStringLiteral("CLIENTS"), 7}});
    EXPECT_EQ(session.source(0), QStringLiteral("CLIENTS = 7\nprint(1)\n"));
    EXPECT_EQ(session.source(1), QStringLiteral("CLIENTS = 7\nprint(2)\n"));
    EXPECT_FALSE(session.isEdited(0)); // a value is a parameter, not an edit
    ASSERT_EQ(jobs.size(), 2U);
    EXPECT_TRUE(jobs[0].source.contains(QStringLiteral("CLIENTS = 7")));
    // A constant edited in the code becomes the parameter's value, even
    // outside the panel's range: the code is what runs.
    QSignalSpy moved(&session, &LessonSession::parametersChanged);
    session.setSource(0, QStringLiteral("CLIENTS = 50\nprint(1)\n"));
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(session.parameters().value(QStringLiteral("CLIENTS")), 50);
    EXPECT_EQ(session.source(1), QStringLiteral("CLIENTS = 50\nprint(2)\n"));
    jobs.clear();
    session.runCurrent();
    ASSERT_FALSE(jobs.empty());
    using Param = std::pair<std::string, std::string>;
    EXPECT_EQ(jobs[0].params, (std::vector<Param>{{"CLIENTS", "50"}}));
    EXPECT_TRUE(jobs[0].source.contains(QStringLiteral("CLIENTS = 50")));
}

TEST(LessonSession, ListsOnlyTheParametersTheScriptTakes) {
    Fresh fresh;
    Lesson l;
    l.id = QStringLiteral("two");
    l.scripts = {{QStringLiteral("a.py"), {}, QStringLiteral("ORDERS = 5\n")},
                 {QStringLiteral("b.py"), {}, QStringLiteral("READINGS = 4\n")}};
    LessonParameter orders, readings, cores;
    orders.name = QStringLiteral("ORDERS");
    readings.name = QStringLiteral("READINGS");
    cores.name = QStringLiteral("machine.cores");
    orders.maximum = readings.maximum = cores.maximum = 100;
    l.parameters = {orders, readings, cores};
    LessonSession session([](const ScriptJob&, const LessonSession::RunDone&) {}, nullptr);
    session.open(&l);
    auto names = [&](int script) {
        QStringList out;
        for (const LessonParameter& p : session.parametersOf(script))
            out << p.name;
        return out;
    };
    EXPECT_EQ(names(0), (QStringList{QStringLiteral("ORDERS"), QStringLiteral("machine.cores")}));
    EXPECT_EQ(names(1), (QStringList{QStringLiteral("READINGS"), QStringLiteral("machine.cores")}));
}

TEST(LessonSession, AQuestionIsJudgedAgainstTheRunItWasAskedAbout) {
    Fresh fresh;
    Lesson l;
    l.id = QStringLiteral("judged");
    l.scripts = {{QStringLiteral("one.py"), {}, QStringLiteral("CLIENTS = 3\n")}};
    LessonParameter clients;
    clients.name = QStringLiteral("CLIENTS");
    clients.defaultValue = 3;
    clients.maximum = 10000;
    l.parameters = {clients};
    Question q;
    q.id = QStringLiteral("q");
    q.before = QStringLiteral("one.py");
    q.prompt.byLanguage[QStringLiteral("en")] = QStringLiteral("{CLIENTS} clients: how long?");
    QuestionChoice a{QStringLiteral("a"), 1, {}, {}, {{QStringLiteral("CLIENTS"), 0.5}}};
    q.choices = {a};
    l.questions = {q};
    std::vector<std::shared_ptr<const RunModel>> made;
    LessonSession session(
        [&](const ScriptJob& job, const LessonSession::RunDone& done) {
            made.push_back(makeRunModel(Trace{}, job.source.toStdString()));
            done(made.back());
        },
        nullptr);
    session.open(&l);
    session.setParameters({{QStringLiteral("CLIENTS"), 1000}});
    const std::shared_ptr<const RunModel> asked = session.run(0);
    ASSERT_NE(asked, nullptr);
    ASSERT_NE(session.takeQuestion(), nullptr);
    // The learner moves the slider before answering: a new run comes in.
    session.setParameters({{QStringLiteral("CLIENTS"), 10000}});
    EXPECT_NE(session.run(0), asked);
    EXPECT_EQ(session.askedRun(q.id), asked);
    const QMap<QString, double> values = session.askedValues(q.id);
    EXPECT_EQ(values.value(QStringLiteral("CLIENTS")), 1000);
    // Its words and its choices are those of that run.
    const Question put = fillParameters(q, l.parameters, values);
    EXPECT_EQ(put.prompt.in(QStringLiteral("en")), QStringLiteral("1,000 clients: how long?"));
    EXPECT_EQ(put.choices[0].value, 1 + 0.5 * (1000 - 3));
}

TEST(MainWindow, TheCodeAndTheParametersPanelFollowEachOther) {
    Window w(fixture("good"));
    MainWindow& window = *w.window;
    ASSERT_TRUE(window.openLesson(QStringLiteral("alpha")));
    settle(window);
    auto* editor = window.findChild<CodeEditor*>();
    auto* panel = window.findChild<ParametersPanel*>();
    ASSERT_TRUE(editor && panel);
    auto* tables = panel->findChild<QSpinBox*>(QStringLiteral("TABLES"));
    ASSERT_NE(tables, nullptr);
    // The panel writes into the code, where the learner sees the line change.
    tables->setValue(3);
    EXPECT_TRUE(editor->toPlainText().contains(QStringLiteral("TABLES = 3\n")));
    EXPECT_EQ(editor->changedLines(), (std::vector<int>{3}));
    test::keep(window.grab().toImage(), QStringLiteral("parameter-in-code"));
    settle(window);
    // The code moves the panel: KITCHEN typed as 0.7 is the spin box's value
    // and what the next run waits.
    typeLine(editor, 4, QStringLiteral("KITCHEN = 0.7"));
    auto* kitchen = panel->findChild<QDoubleSpinBox*>(QStringLiteral("KITCHEN"));
    ASSERT_NE(kitchen, nullptr);
    EXPECT_DOUBLE_EQ(kitchen->value(), 0.7);
    actionNamed(window, "run")->trigger();
    settle(window);
    ASSERT_NE(window.currentRun(), nullptr);
    EXPECT_NEAR(toSeconds(window.currentRun()->trace.endTime()), 3 * 0.7, 0.05);
    // A value from the code outside the range is shown, not pulled back.
    typeLine(editor, 3, QStringLiteral("TABLES = 12"));
    tables = panel->findChild<QSpinBox*>(QStringLiteral("TABLES"));
    ASSERT_NE(tables, nullptr);
    EXPECT_EQ(tables->value(), 12);
    EXPECT_TRUE(editor->toPlainText().contains(QStringLiteral("TABLES = 12\n")));
}

TEST(MainWindow, TheParametersPanelShowsOnlyTheCurrentScriptsParameters) {
    Window w(lessonsDir());
    MainWindow& window = *w.window;
    ASSERT_TRUE(window.openLesson(QStringLiteral("producer-consumer")));
    auto* panel = window.findChild<ParametersPanel*>();
    ASSERT_NE(panel, nullptr);
    for (int script = 0; script < 2; ++script) {
        ASSERT_TRUE(window.openScript(script));
        const QString code = window.findChild<CodeEditor*>()->toPlainText();
        ASSERT_FALSE(panel->parameters().empty());
        for (const LessonParameter& p : panel->parameters())
            EXPECT_GT(constantLine(code, p.name), 0) << p.name.toStdString();
        for (const LessonParameter& p : window.lesson()->parameters) {
            if (constantLine(code, p.name) == 0) {
                EXPECT_EQ(panel->findChild<QWidget*>(p.name), nullptr) << p.name.toStdString();
            }
        }
    }
    settle(window);
}

// For every question of every lesson: while it is open no text on screen
// (labels, buttons, status bar, event log, the comparison's figures) says
// its answer, and moving the run on does not show it either; once the
// learner has chosen, the answer appears.
TEST(MainWindow, NothingOnScreenAnswersAnOpenQuestion) {
    Window w(lessonsDir());
    MainWindow& window = *w.window;
    std::vector<std::pair<QString, QString>> questions;
    {
        for (const Lesson& l : LessonLoader().loadRoots({lessonsDir()}).lessons)
            for (const Question& q : l.questions)
                questions.emplace_back(l.id, q.id);
    }
    ASSERT_GT(questions.size(), 10U);
    for (const auto& [lessonId, questionId] : questions) {
        SCOPED_TRACE((lessonId + QLatin1Char('/') + questionId).toStdString());
        ASSERT_TRUE(window.openLesson(lessonId));
        settle(window);
        const Lesson& lesson = *window.lesson();
        const Question* q = nullptr;
        for (const Question& each : lesson.questions)
            if (each.id == questionId) q = &each;
        ASSERT_NE(q, nullptr);
        const int script = lesson.scriptIndex(q->before);
        ASSERT_TRUE(window.openScript(script));
        actionNamed(window, "askAgain")->trigger(); // puts the question, asked or not
        auto* card = window.findChild<PredictCard*>();
        ASSERT_TRUE(card->isVisible());
        ASSERT_TRUE(window.questionOpen());
        // Keys that would move the run on do nothing while it is open.
        actionNamed(window, "toEnd")->trigger();
        actionNamed(window, "stepForward")->trigger();
        actionNamed(window, "playPause")->trigger();
        QApplication::processEvents();
        EXPECT_FALSE(window.playback()->playing());
        const QString answer = answerText(window.currentRun()->trace, q->measure);
        if (answer.isEmpty()) {
            QTest::keyClick(card, Qt::Key_Escape);
            continue;
        }
        for (const QString& text : textsOnScreen(window))
            EXPECT_FALSE(text.contains(answer))
                << "\"" << text.toStdString() << "\" says " << answer.toStdString();
        test::keep(window.grab().toImage(), QStringLiteral("open-") + questionId);
        QTest::keyClick(card, Qt::Key_1);
        EXPECT_FALSE(window.questionOpen());
        test::keep(window.grab().toImage(), QStringLiteral("chosen-") + questionId);
        if (lesson.compare) {
            // The comparison shows it at once.
            EXPECT_TRUE(textsOnScreen(window).join(QLatin1Char('\n')).contains(answer));
        } else {
            // The card says it when the run is over.
            window.playback()->setSpeed(100);
            QSignalSpy finished(window.playback(), &PlaybackController::finished);
            ASSERT_TRUE(QTest::qWaitFor(
                [&] {
                    if (finished.count() > 0) return true;
                    if (!window.playback()->playing()) window.playback()->next();
                    return false;
                },
                20000));
            QApplication::processEvents();
            QStringList said;
            for (QLabel* l : card->findChildren<QLabel*>())
                said << l->text();
            const QString shown =
                q->measure == Measure::Workers
                    ? QLocale().toString(static_cast<int>(
                          measureRun(window.currentRun()->trace, q->measure).number))
                    : answer;
            EXPECT_TRUE(said.join(QLatin1Char('\n')).contains(shown));
            QTest::keyClick(card, Qt::Key_Escape);
        }
    }
}

TEST(CompareView, DrawsEveryRunWholeWithItsFiguresUnlessAQuestionHidesThem) {
    CompareView view;
    const std::vector<ComparedRun> runs{
        {QStringLiteral("Sync"), scenarios::sync(4, milliseconds(200))},
        {QStringLiteral("Threads"), scenarios::threads(10, milliseconds(200))},
        {QStringLiteral("Async"), scenarios::async(4, milliseconds(200))}};
    view.setRuns(runs);
    view.setTime(milliseconds(20)); // early: every run is still drawn to its end
    QImage img = test::canvas(1280, 360);
    QPainter p(&img);
    view.render(p, img.rect());
    p.end();
    test::keep(img, QStringLiteral("compare-whole"));
    const Theme& theme = Theme::light();
    auto lastColumnIn = [](const QImage& image, int y0, int y1, const QColor& c) {
        for (int x = image.width() - 1; x >= 0; --x)
            for (int y = y0; y < y1; ++y)
                if (std::abs(image.pixelColor(x, y).red() - c.red()) < 10 &&
                    std::abs(image.pixelColor(x, y).green() - c.green()) < 10 &&
                    std::abs(image.pixelColor(x, y).blue() - c.blue()) < 10)
                    return x;
        return -1;
    };
    auto lastColumnWith = [&](int y0, int y1, const QColor& c) {
        return lastColumnIn(img, y0, y1, c);
    };
    // Sync (the top row) blocks to its end, far right on the shared axis.
    EXPECT_GT(lastColumnWith(0, 80, theme.blocked), img.width() * 3 / 4);
    const QString all = view.drawnTexts().join(QLatin1Char('\n'));
    for (const ComparedRun& c : runs)
        EXPECT_TRUE(all.contains(Format::seconds(c.run->trace.endTime()))) << all.toStdString();
    // Ten threads in a short row: lanes keep a readable height, the rest counted.
    EXPECT_TRUE(all.contains(QStringLiteral("… and "))) << all.toStdString();

    // A question about the async run's time: no total in any row.
    view.setConcealed(Concealed{2, Measure::TotalTime});
    QImage hidden = test::canvas(1280, 360);
    QPainter q(&hidden);
    view.render(q, hidden.rect());
    q.end();
    const QString shown = view.drawnTexts().join(QLatin1Char('\n'));
    for (const ComparedRun& c : runs)
        EXPECT_FALSE(shown.contains(Format::seconds(c.run->trace.endTime())))
            << shown.toStdString();
    EXPECT_TRUE(shown.contains(Format::bytes(runs[2].run->trace.peakMemory())));

    // A question about the slowest run: the axis does not end where it does.
    view.setConcealed(Concealed{0, Measure::TotalTime});
    QImage slowest = test::canvas(1280, 360);
    QPainter r(&slowest);
    view.render(r, slowest.rect());
    r.end();
    test::keep(slowest, QStringLiteral("compare-concealed"));
    // On an axis as long as the other runs, the threads (the middle row) end
    // further right.
    const int threadsEnd = lastColumnIn(img, 130, 210, theme.blocked);
    ASSERT_GT(threadsEnd, 0);
    EXPECT_GT(lastColumnIn(slowest, 130, 210, theme.blocked), threadsEnd + 200);
}

TEST(Lessons, TheC10KCodeNarrationAndQuestionSayTheConnectionsOnTheSlider) {
    Fresh fresh;
    std::vector<LessonProblem> problems;
    const auto lesson =
        LessonLoader().loadFolder(QDir(lessonsDir()).filePath(QStringLiteral("c10k")), problems);
    ASSERT_TRUE(lesson);
    LessonSession session([](const ScriptJob&, const LessonSession::RunDone&) {}, nullptr);
    session.open(&*lesson);
    session.setParameters({{QStringLiteral("CONNECTIONS"), 2000}});
    const QMap<QString, double> values = session.parameters();
    for (int i = 0; i < session.scriptCount(); ++i)
        EXPECT_TRUE(session.source(i).contains(QStringLiteral("CONNECTIONS = 2000\n")));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("pt_BR")}) {
        const QString thousands = QLocale(lang).toString(2000);
        for (const NarrationStep& step : lesson->narration) {
            const QString text = fillParameters(lesson->narrationFor(step.id, lang),
                                                lesson->parameters, values, lang);
            EXPECT_FALSE(text.contains(QLocale(lang).toString(1000))) << text.toStdString();
            EXPECT_FALSE(text.contains(QLatin1Char('{'))) << text.toStdString();
        }
        for (const Question& q : lesson->questions) {
            const Question put = fillParameters(q, lesson->parameters, values);
            EXPECT_TRUE(put.prompt.in(lang).contains(thousands))
                << put.prompt.in(lang).toStdString();
        }
    }
}
