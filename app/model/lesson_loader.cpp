// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"

#include "model/lesson_view.h"
#include "model/narration_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <map>

namespace coroscope {

QString LessonProblem::describe() const {
    QString where = QFileInfo(folder).fileName();
    if (!file.isEmpty()) where += QLatin1Char('/') + file;
    if (line > 0) where += QStringLiteral(":%1").arg(line);
    if (line > 0 && column > 0) where += QStringLiteral(":%1").arg(column);
    return where + QStringLiteral(": ") + reason;
}

const Lesson* LessonCatalog::find(const QString& id) const {
    for (const Lesson& l : lessons)
        if (l.id == id) return &l;
    return nullptr;
}

LessonLoader::LessonLoader(ScriptChecker checker)
    : m_checker(std::move(checker)) {}

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("pt_BR"),
                                QStringLiteral("uk")};

// Collects the problems of one folder while reading it.
struct Reader {
    QString folder;
    std::vector<LessonProblem>& problems;
    bool failed = false;

    void problem(const QString& file, const QString& reason, int line = 0, int column = 0) {
        problems.push_back(LessonProblem{folder, file, line, column, reason});
        failed = true;
    }
    void jsonProblem(const QString& reason) { problem(QStringLiteral("lesson.json"), reason); }

    LocalizedText localized(const QJsonValue& v, const QString& what, bool required) {
        LocalizedText out;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                jsonProblem(LessonLoader::tr("%1 is missing (it needs a text for en, pt_BR and uk)")
                                .arg(what));
            return out;
        }
        if (v.isString()) { // one text for every language
            out.byLanguage.insert(QStringLiteral("en"), v.toString());
            return out;
        }
        if (!v.isObject()) {
            jsonProblem(LessonLoader::tr("%1 must be an object of texts by language").arg(what));
            return out;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.byLanguage.insert(it.key(), it.value().toString());
        if (required && out.byLanguage.value(QStringLiteral("en")).isEmpty())
            jsonProblem(LessonLoader::tr("%1 has no English (en) text").arg(what));
        return out;
    }
};

QString readText(const QString& path, bool* ok) {
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(f.readAll()) : QString();
}

// Line and column of a byte offset, for JSON errors.
std::pair<int, int> lineColumn(const QByteArray& data, int offset) {
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

bool isParameterName(const QString& name) {
    static const QRegularExpression constant(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    static const QStringList machine = {
        QStringLiteral("machine.cores"), QStringLiteral("machine.gil"),
        QStringLiteral("machine.switch_interval"), QStringLiteral("machine.process_startup")};
    return constant.match(name).hasMatch() || machine.contains(name);
}

} // namespace

std::optional<Lesson> LessonLoader::loadFolder(const QString& folder,
                                               std::vector<LessonProblem>& problems) const {
    Reader r{folder, problems};
    const QDir dir(folder);
    const QString jsonPath = dir.filePath(QStringLiteral("lesson.json"));
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        r.jsonProblem(tr("cannot be read (is it there?)"));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        auto [line, column] = lineColumn(data, error.offset);
        r.problem(QStringLiteral("lesson.json"),
                  tr("is not valid JSON: %1").arg(error.errorString()), line, column);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        r.jsonProblem(tr("must hold one JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Lesson lesson;
    lesson.folder = folder;
    lesson.builtIn = folder.startsWith(QStringLiteral(":/"));
    lesson.id = o.value(QStringLiteral("id")).toString();
    const QString folderName = QFileInfo(QDir::cleanPath(folder)).fileName();
    if (lesson.id.isEmpty())
        r.jsonProblem(tr("\"id\" is missing"));
    else if (lesson.id != folderName)
        r.jsonProblem(tr("\"id\" is \"%1\" but the folder is named \"%2\"; they must match")
                          .arg(lesson.id, folderName));
    const QJsonValue order = o.value(QStringLiteral("order"));
    if (!order.isDouble())
        r.jsonProblem(tr("\"order\" must be a number"));
    else
        lesson.order = order.toInt();
    lesson.title = r.localized(o.value(QStringLiteral("title")), QStringLiteral("\"title\""), true);
    lesson.summary =
        r.localized(o.value(QStringLiteral("summary")), QStringLiteral("\"summary\""), false);
    if (o.contains(QStringLiteral("view"))) {
        lesson.view = o.value(QStringLiteral("view")).toString();
        if (!lessonViewNamed(lesson.view))
            r.jsonProblem(tr("\"view\" is \"%1\"; it must be one of %2")
                              .arg(lesson.view, lessonViewNames().join(QStringLiteral(", "))));
    }
    lesson.compare = o.value(QStringLiteral("compare")).toBool(false);

    // Scripts: each must exist and parse.
    const QJsonArray scripts = o.value(QStringLiteral("scripts")).toArray();
    if (scripts.isEmpty()) r.jsonProblem(tr("\"scripts\" must list at least one script"));
    for (const QJsonValue& v : scripts) {
        const QJsonObject so = v.toObject();
        LessonScript s;
        s.file = so.value(QStringLiteral("file")).toString();
        s.label = r.localized(so.value(QStringLiteral("label")),
                              tr("the label of script \"%1\"").arg(s.file), false);
        if (s.file.isEmpty()) {
            r.jsonProblem(tr("a script has no \"file\""));
            continue;
        }
        bool ok = false;
        s.source = readText(dir.filePath(s.file), &ok);
        if (!ok) {
            r.problem(s.file, tr("is listed in lesson.json but cannot be read"));
            continue;
        }
        if (m_checker) {
            if (auto issue = m_checker(s.file, s.source))
                r.problem(s.file, issue->message, issue->line, issue->column);
        }
        lesson.scripts.push_back(std::move(s));
    }

    // Parameters
    for (const QJsonValue& v : o.value(QStringLiteral("parameters")).toArray()) {
        const QJsonObject po = v.toObject();
        LessonParameter p;
        p.name = po.value(QStringLiteral("name")).toString();
        const QString type = po.value(QStringLiteral("type")).toString();
        if (!isParameterName(p.name))
            r.jsonProblem(tr("parameter \"%1\" must be an UPPER_CASE constant or one of "
                             "machine.cores, machine.gil, machine.switch_interval, "
                             "machine.process_startup")
                              .arg(p.name));
        if (type == QStringLiteral("int"))
            p.type = LessonParameter::Type::Int;
        else if (type == QStringLiteral("float"))
            p.type = LessonParameter::Type::Float;
        else if (type == QStringLiteral("bool"))
            p.type = LessonParameter::Type::Bool;
        else
            r.jsonProblem(tr("parameter \"%1\" has type \"%2\"; it must be int, float or bool")
                              .arg(p.name, type));
        auto number = [&](const char* key, double fallback) {
            const QJsonValue n = po.value(QLatin1String(key));
            if (n.isBool()) return n.toBool() ? 1.0 : 0.0;
            return n.isDouble() ? n.toDouble() : fallback;
        };
        p.defaultValue = number("default", 0);
        const bool isBool = p.type == LessonParameter::Type::Bool;
        p.minimum = number("min", isBool ? 0 : p.defaultValue);
        p.maximum = number("max", isBool ? 1 : p.defaultValue);
        p.step = number("step", p.type == LessonParameter::Type::Float ? 0.01 : 1);
        p.unit = po.value(QStringLiteral("unit")).toString();
        p.label = r.localized(po.value(QStringLiteral("label")),
                              tr("the label of parameter \"%1\"").arg(p.name), false);
        if (!po.contains(QStringLiteral("default")))
            r.jsonProblem(tr("parameter \"%1\" has no \"default\"").arg(p.name));
        else if (p.minimum > p.maximum || p.defaultValue < p.minimum || p.defaultValue > p.maximum)
            r.jsonProblem(tr("parameter \"%1\": the default %2 is outside [%3, %4]")
                              .arg(p.name)
                              .arg(p.defaultValue)
                              .arg(p.minimum)
                              .arg(p.maximum));
        lesson.parameters.push_back(std::move(p));
    }

    // Narration steps and their triggers.
    for (const QJsonValue& v : o.value(QStringLiteral("narration")).toArray()) {
        const QJsonObject no = v.toObject();
        NarrationStep step;
        step.id = no.value(QStringLiteral("id")).toString();
        if (step.id.isEmpty()) r.jsonProblem(tr("a narration step has no \"id\""));
        const QJsonObject to = no.value(QStringLiteral("trigger")).toObject();
        const QString kind = to.value(QStringLiteral("kind")).toString();
        NarrationTrigger& t = step.trigger;
        t.script = to.value(QStringLiteral("script")).toString();
        if (!t.script.isEmpty() && lesson.scriptIndex(t.script) < 0 &&
            std::none_of(scripts.begin(), scripts.end(), [&](const QJsonValue& s) {
                return s.toObject().value(QStringLiteral("file")).toString() == t.script;
            }))
            r.jsonProblem(tr("narration step \"%1\" names script \"%2\", which is not in "
                             "\"scripts\"")
                              .arg(step.id, t.script));
        if (kind == QStringLiteral("start")) {
            t.kind = NarrationTrigger::Kind::Start;
        } else if (kind == QStringLiteral("line")) {
            t.kind = NarrationTrigger::Kind::Line;
            t.line = to.value(QStringLiteral("line")).toInt(0);
            if (t.line <= 0)
                r.jsonProblem(tr("narration step \"%1\": a line trigger needs \"line\" (from 1)")
                                  .arg(step.id));
        } else if (kind == QStringLiteral("taskDone")) {
            t.kind = NarrationTrigger::Kind::TaskDone;
            t.task = to.value(QStringLiteral("task")).toString();
            if (t.task.isEmpty())
                r.jsonProblem(
                    tr("narration step \"%1\": a taskDone trigger needs \"task\"").arg(step.id));
        } else if (kind == QStringLiteral("time")) {
            t.kind = NarrationTrigger::Kind::Time;
            const QJsonValue s = to.value(QStringLiteral("seconds"));
            t.seconds = s.toDouble(-1);
            if (!s.isDouble() || t.seconds < 0)
                r.jsonProblem(
                    tr("narration step \"%1\": a time trigger needs \"seconds\" (0 or more)")
                        .arg(step.id));
        } else if (kind == QStringLiteral("key")) {
            t.kind = NarrationTrigger::Kind::Key;
        } else {
            r.jsonProblem(tr("narration step \"%1\" has trigger kind \"%2\"; it must be one of "
                             "start, line, taskDone, time, key")
                              .arg(step.id, kind));
        }
        lesson.narration.push_back(std::move(step));
    }

    // Predict-first questions.
    for (const QJsonValue& v : o.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject qo = v.toObject();
        Question q;
        q.id = qo.value(QStringLiteral("id")).toString();
        q.before = qo.value(QStringLiteral("before")).toString();
        q.prompt = r.localized(qo.value(QStringLiteral("prompt")),
                               tr("the prompt of question \"%1\"").arg(q.id), true);
        if (lesson.scriptIndex(q.before) < 0 || q.before.isEmpty())
            r.jsonProblem(tr("question \"%1\": \"before\" must name one of the scripts").arg(q.id));
        const QString measure = qo.value(QStringLiteral("measure")).toString();
        if (measure == QStringLiteral("totalTime"))
            q.measure = Measure::TotalTime;
        else if (measure == QStringLiteral("peakMemory"))
            q.measure = Measure::PeakMemory;
        else if (measure == QStringLiteral("workers"))
            q.measure = Measure::Workers;
        else if (measure == QStringLiteral("firstDone"))
            q.measure = Measure::FirstDone;
        else
            r.jsonProblem(tr("question \"%1\" has measure \"%2\"; it must be one of totalTime, "
                             "peakMemory, workers, firstDone")
                              .arg(q.id, measure));
        for (const QJsonValue& cv : qo.value(QStringLiteral("choices")).toArray()) {
            const QJsonObject co = cv.toObject();
            QuestionChoice c;
            c.id = co.value(QStringLiteral("id")).toString();
            const QJsonValue value = co.value(QStringLiteral("value"));
            if (value.isString())
                c.textValue = value.toString();
            else
                c.value = value.toDouble();
            if (q.measure == Measure::FirstDone ? !value.isString() : !value.isDouble())
                r.jsonProblem(
                    tr("question \"%1\", choice \"%2\": \"value\" must be %3")
                        .arg(q.id, c.id,
                             q.measure == Measure::FirstDone ? tr("a task name") : tr("a number")));
            c.text = r.localized(co.value(QStringLiteral("text")),
                                 tr("the text of choice \"%1\"").arg(c.id), true);
            q.choices.push_back(std::move(c));
        }
        q.correct = qo.value(QStringLiteral("correct")).toString();
        if (q.choices.size() < 2)
            r.jsonProblem(tr("question \"%1\" needs at least two choices").arg(q.id));
        if (std::none_of(q.choices.begin(), q.choices.end(),
                         [&](const QuestionChoice& c) { return c.id == q.correct; }))
            r.jsonProblem(
                tr("question \"%1\": \"correct\" must be the id of one of its choices").arg(q.id));
        lesson.questions.push_back(std::move(q));
    }

    // Narration files: English is required when there are steps; every
    // language file must have a section per step.
    for (const QString& lang : kLanguages) {
        const QString name = QStringLiteral("narration.%1.md").arg(lang);
        bool ok = false;
        const QString text = readText(dir.filePath(name), &ok);
        if (!ok) {
            if (!lesson.narration.empty())
                r.problem(name, tr("is missing; it must tell every narration step"));
            continue;
        }
        auto sections = splitNarration(text);
        for (const NarrationStep& step : lesson.narration)
            if (!sections.contains(step.id))
                r.problem(name,
                          tr("has no section \"## %1\" for narration step \"%1\"").arg(step.id));
        lesson.narrationText.insert(lang, std::move(sections));
    }
    if (r.failed) return std::nullopt;
    return lesson;
}

LessonCatalog LessonLoader::loadRoots(const QStringList& roots) const {
    LessonCatalog catalog;
    std::map<QString, Lesson> byId;
    for (const QString& root : roots) {
        const QDir dir(root);
        if (!dir.exists()) continue;
        const auto entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& entry : entries) {
            const QString folder = dir.filePath(entry);
            if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("lesson.json")))) {
                // A folder with scripts but no lesson.json is a lesson in the
                // making: say so; anything else is not ours to judge.
                if (!QDir(folder).entryList({QStringLiteral("*.py")}, QDir::Files).isEmpty())
                    catalog.problems.push_back(
                        LessonProblem{folder, QStringLiteral("lesson.json"), 0, 0,
                                      tr("is missing: every lesson folder needs one")});
                continue;
            }
            if (auto lesson = loadFolder(folder, catalog.problems))
                byId[lesson->id] = std::move(*lesson);
        }
    }
    for (auto& [id, lesson] : byId)
        catalog.lessons.push_back(std::move(lesson));
    std::stable_sort(catalog.lessons.begin(), catalog.lessons.end(),
                     [](const Lesson& a, const Lesson& b) {
                         return a.order != b.order ? a.order < b.order : a.id < b.id;
                     });
    return catalog;
}

QStringList LessonLoader::defaultRoots() {
    QStringList roots{QString::fromLatin1(kBuiltInRoot)};
    // ~/.local/share/Coroscope/lessons on Linux, as lessons/README.md tells teachers.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty()) roots << QDir(data).filePath(QStringLiteral("Coroscope/lessons"));
    return roots;
}

} // namespace coroscope
