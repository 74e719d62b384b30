// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"

#include "model/lesson_file.h"
#include "model/lesson_view.h"
#include "model/narration_text.h"

#include "core/machine_parameters.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstring>
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

LessonLoader::LessonLoader(ScriptChecker checker, Checking checking)
    : m_checker(std::move(checker))
    , m_checking(checking) {}

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("pt_BR"),
                                QStringLiteral("uk")};
const QStringList kFields = {QStringLiteral("id"),        QStringLiteral("order"),
                             QStringLiteral("title"),     QStringLiteral("summary"),
                             QStringLiteral("view"),      QStringLiteral("scripts"),
                             QStringLiteral("compare"),   QStringLiteral("parameters"),
                             QStringLiteral("narration"), QStringLiteral("questions")};

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

bool isWholeNumber(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble());
}

// Reads one lesson folder, a section of the format at a time, and collects
// what is wrong with it.
class FolderReader {
public:
    FolderReader(const QString& folder, const ScriptChecker& checker, bool complete,
                 std::vector<LessonProblem>& problems)
        : m_folder(folder)
        , m_dir(folder)
        , m_checker(checker)
        , m_complete(complete)
        , m_problems(problems) {}

    std::optional<Lesson> read() {
        const std::optional<QJsonObject> o = manifest();
        if (!o) return std::nullopt;
        identity(*o);
        scripts(o->value(QStringLiteral("scripts")));
        parameters(o->value(QStringLiteral("parameters")));
        narration(o->value(QStringLiteral("narration")));
        questions(o->value(QStringLiteral("questions")));
        narrationFiles();
        if (m_failed) return std::nullopt;
        return std::move(m_lesson);
    }

private:
    void problem(const QString& file, const QString& reason, int line = 0, int column = 0) {
        m_problems.push_back(LessonProblem{m_folder, file, line, column, reason});
        m_failed = true;
    }
    void jsonProblem(const QString& reason) { problem(QStringLiteral("lesson.json"), reason); }

    // What a JSON value is, for a message about a value of the wrong kind.
    static QString kindOf(const QJsonValue& v) {
        switch (v.type()) {
        case QJsonValue::Null: return LessonLoader::tr("null");
        case QJsonValue::Bool: return LessonLoader::tr("true or false");
        case QJsonValue::Double: return LessonLoader::tr("a number");
        case QJsonValue::String:
            return LessonLoader::tr("a text (\"%1\")").arg(v.toString().left(40));
        case QJsonValue::Array: return LessonLoader::tr("a list");
        case QJsonValue::Object: return LessonLoader::tr("an object");
        case QJsonValue::Undefined: break;
        }
        return LessonLoader::tr("nothing");
    }

    // Whether an entry of a section is the object it must be (a problem
    // when it is not: its fields would all read as missing).
    bool isObject(const QJsonValue& v, const QString& what) {
        if (v.isObject()) return true;
        jsonProblem(LessonLoader::tr("%1 must be an object ({...}), not %2").arg(what, kindOf(v)));
        return false;
    }

    // A field that, when given, must be a text: a number or a list would
    // otherwise read as "" and be reported as missing.
    QString text(const QJsonObject& o, const char* key, const QString& what) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            jsonProblem(LessonLoader::tr("%1: \"%2\" must be a text in quotes, not %3")
                            .arg(what, QLatin1String(key), kindOf(v)));
        return v.toString();
    }

    // A text by language. Loading needs English where `required`; a complete
    // lesson (lessons --check) has every text in every language.
    LocalizedText localized(const QJsonValue& v, const QString& what, bool required) {
        LocalizedText out;
        required = required || m_complete;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                jsonProblem(LessonLoader::tr("%1 is missing (it needs a text for en, pt_BR and uk)")
                                .arg(what));
            return out;
        }
        if (v.isString() && !m_complete) { // one text for every language
            out.byLanguage.insert(QStringLiteral("en"), v.toString());
            return out;
        }
        if (!v.isObject()) {
            jsonProblem(LessonLoader::tr("%1 must be an object of texts by language").arg(what));
            return out;
        }
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                jsonProblem(LessonLoader::tr("%1: the %2 text must be a text in quotes, not %3")
                                .arg(what, it.key(), kindOf(it.value())));
            out.byLanguage.insert(it.key(), it.value().toString());
            if (m_complete && !kLanguages.contains(it.key()))
                jsonProblem(
                    LessonLoader::tr("%1 has a text in \"%2\", which is not a lesson language")
                        .arg(what, it.key()));
        }
        if (m_complete) {
            for (const QString& lang : kLanguages)
                if (out.byLanguage.value(lang).trimmed().isEmpty())
                    jsonProblem(LessonLoader::tr("%1 has no %2 text").arg(what, lang));
        } else if (required && out.byLanguage.value(QStringLiteral("en")).isEmpty()) {
            jsonProblem(LessonLoader::tr("%1 has no English (en) text").arg(what));
        }
        return out;
    }

    // A section that, when given, must be a list.
    QJsonArray list(const QJsonValue& v, const QString& key) {
        if (!v.isUndefined() && !v.isArray())
            jsonProblem(LessonLoader::tr("\"%1\" must be a list, not %2").arg(key, kindOf(v)));
        return v.toArray();
    }

    // lesson.json itself: readable, JSON, one object.
    std::optional<QJsonObject> manifest() {
        const LessonFileRead file = LessonFile::read(m_folder, QStringLiteral("lesson.json"));
        if (!file.ok()) {
            jsonProblem(file.refusal);
            return std::nullopt;
        }
        const QByteArray& data = file.data;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            auto [line, column] = lineColumn(data, error.offset);
            problem(QStringLiteral("lesson.json"),
                    LessonLoader::tr("is not valid JSON: %1").arg(error.errorString()), line,
                    column);
            return std::nullopt;
        }
        if (!doc.isObject()) {
            jsonProblem(LessonLoader::tr("must hold one JSON object"));
            return std::nullopt;
        }
        return doc.object();
    }

    // What the lesson is: id, order, texts, view; and no field the format
    // does not have (a misspelt one would be silently ignored).
    void identity(const QJsonObject& o) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!kFields.contains(it.key()))
                jsonProblem(LessonLoader::tr("has an unknown field \"%1\"").arg(it.key()));
        Lesson& lesson = m_lesson;
        lesson.folder = m_folder;
        lesson.builtIn = m_folder.startsWith(QStringLiteral(":/"));
        lesson.id = text(o, "id", LessonLoader::tr("the lesson"));
        const QString folderName = QFileInfo(QDir::cleanPath(m_folder)).fileName();
        if (lesson.id.isEmpty())
            jsonProblem(LessonLoader::tr("\"id\" is missing"));
        else if (lesson.id != folderName)
            jsonProblem(
                LessonLoader::tr("\"id\" is \"%1\" but the folder is named \"%2\"; they must match")
                    .arg(lesson.id, folderName));
        const QJsonValue order = o.value(QStringLiteral("order"));
        if (!order.isDouble())
            jsonProblem(LessonLoader::tr("\"order\" must be a number"));
        else if (!isWholeNumber(order))
            jsonProblem(LessonLoader::tr("\"order\" must be a whole number"));
        else
            lesson.order = order.toInt();
        lesson.title =
            localized(o.value(QStringLiteral("title")), QStringLiteral("\"title\""), true);
        lesson.summary =
            localized(o.value(QStringLiteral("summary")), QStringLiteral("\"summary\""), false);
        if (!o.contains(QStringLiteral("view")) && m_complete) {
            jsonProblem(LessonLoader::tr("\"view\" is missing; it must be one of %1")
                            .arg(lessonViewNames().join(QStringLiteral(", "))));
        } else if (o.contains(QStringLiteral("view"))) {
            lesson.view = text(o, "view", LessonLoader::tr("the lesson"));
            if (!lessonViewNamed(lesson.view))
                jsonProblem(LessonLoader::tr("\"view\" is \"%1\"; it must be one of %2")
                                .arg(lesson.view, lessonViewNames().join(QStringLiteral(", "))));
        }
        const QJsonValue compare = o.value(QStringLiteral("compare"));
        if (!compare.isUndefined() && !compare.isBool())
            jsonProblem(LessonLoader::tr("\"compare\" must be true or false"));
        lesson.compare = compare.toBool(false);
    }

    // Scripts: each a .py file of the folder, listed once, that passes the
    // scenario language's checks; and no script of the folder left unlisted.
    void scripts(const QJsonValue& value) {
        const QJsonArray scripts = list(value, QStringLiteral("scripts"));
        if (scripts.isEmpty())
            jsonProblem(LessonLoader::tr("\"scripts\" must list at least one script"));
        for (const QJsonValue v : scripts) {
            if (!isObject(v, LessonLoader::tr("an entry of \"scripts\""))) continue;
            const QJsonObject so = v.toObject();
            LessonScript s;
            s.file = text(so, "file", LessonLoader::tr("an entry of \"scripts\""));
            s.label = localized(so.value(QStringLiteral("label")),
                                LessonLoader::tr("the label of script \"%1\"").arg(s.file), false);
            if (s.file.isEmpty()) {
                jsonProblem(LessonLoader::tr("a script has no \"file\""));
                continue;
            }
            if (m_listed.contains(s.file)) {
                jsonProblem(LessonLoader::tr("script \"%1\" is listed twice").arg(s.file));
                continue;
            }
            m_listed << s.file;
            if (const QString why = LessonFile::nameProblem(s.file); !why.isEmpty()) {
                jsonProblem(LessonLoader::tr("script \"%1\" %2").arg(s.file, why));
                continue;
            }
            if (!s.file.endsWith(QStringLiteral(".py"))) {
                jsonProblem(
                    LessonLoader::tr("script \"%1\" must be a .py file in the lesson folder")
                        .arg(s.file));
                continue;
            }
            const LessonFileRead file = LessonFile::read(m_folder, s.file);
            if (!file.ok()) {
                problem(s.file, file.missing ? LessonLoader::tr("is listed in lesson.json but "
                                                                "cannot be read (is it there?)")
                                             : file.refusal);
                continue;
            }
            s.source = QString::fromUtf8(file.data);
            if (m_checker) {
                if (auto issue = m_checker(s.file, s.source))
                    problem(s.file, issue->message, issue->line, issue->column);
            }
            m_assigned += topLevelNamesOf(s.file, s.source);
            m_lesson.scripts.push_back(std::move(s));
        }
        m_unread = m_lesson.scripts.size() < static_cast<std::size_t>(m_listed.size());
        for (const QString& file : m_dir.entryList({QStringLiteral("*.py")}, QDir::Files))
            if (!m_listed.contains(file))
                problem(file, LessonLoader::tr("is not listed in lesson.json's \"scripts\""));
    }

    // A machine parameter: one of the simulated machine's settings, with
    // its type and within its range.
    void machineParameter(const LessonParameter& p, const MachineParameter& setting,
                          const QString& type) {
        const QString wanted = QString::fromLatin1(setting.lessonType());
        if (type != wanted) {
            jsonProblem(
                LessonLoader::tr("parameter \"%1\" must have type \"%2\"").arg(p.name, wanted));
            return;
        }
        if (p.minimum < setting.minimum || p.maximum > setting.maximum)
            jsonProblem(
                LessonLoader::tr("parameter \"%1\": the range [%2, %3] goes beyond what the "
                                 "machine allows, [%4, %5]")
                    .arg(p.name)
                    .arg(p.minimum)
                    .arg(p.maximum)
                    .arg(setting.minimum)
                    .arg(setting.maximum));
    }

    // A parameter's name: an UPPER_CASE constant that a script assigns (so
    // that overriding it changes something), or one of the machine's settings.
    const MachineParameter* parameterName(const LessonParameter& p) {
        static const QRegularExpression constant(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
        const MachineParameter* setting = findMachineParameter(p.name.toStdString());
        if (setting) return setting;
        if (!constant.match(p.name).hasMatch())
            jsonProblem(
                LessonLoader::tr("parameter \"%1\" must be an UPPER_CASE constant or one of %2")
                    .arg(p.name, QString::fromStdString(machineParameterNames(", "))));
        else if (!m_assigned.contains(p.name) && !m_unread) // an unread script may assign it
            jsonProblem(LessonLoader::tr("parameter \"%1\": no script assigns %1 at its top "
                                         "level, so the parameter would change nothing")
                            .arg(p.name));
        return nullptr;
    }

    // A parameter's values: a default of its type inside [min, max], and a
    // positive step.
    void parameterValues(LessonParameter& p, const QJsonObject& po) {
        const bool isBool = p.type == LessonParameter::Type::Bool;
        auto number = [&](const char* key, double fallback) {
            const QJsonValue n = po.value(QLatin1String(key));
            if (n.isBool()) return n.toBool() ? 1.0 : 0.0;
            // "min": "1" would silently be the fallback.
            if (!n.isUndefined() && !n.isDouble() && std::strcmp(key, "default") != 0)
                jsonProblem(LessonLoader::tr("parameter \"%1\": \"%2\" must be a number, not %3")
                                .arg(p.name, QLatin1String(key), kindOf(n)));
            return n.isDouble() ? n.toDouble() : fallback;
        };
        p.defaultValue = number("default", 0);
        p.minimum = number("min", isBool ? 0 : p.defaultValue);
        p.maximum = number("max", isBool ? 1 : p.defaultValue);
        p.step = number("step", p.type == LessonParameter::Type::Float ? 0.01 : 1);
        // A lesson to publish states its slider's ends rather than leaving
        // a slider of one value.
        if (m_complete && !isBool &&
            !(po.value(QStringLiteral("min")).isDouble() &&
              po.value(QStringLiteral("max")).isDouble()))
            jsonProblem(LessonLoader::tr("parameter \"%1\" needs \"min\" and \"max\"").arg(p.name));
        const QJsonValue given = po.value(QStringLiteral("default"));
        if (!po.contains(QStringLiteral("default")))
            jsonProblem(LessonLoader::tr("parameter \"%1\" has no \"default\"").arg(p.name));
        else if (isBool && !given.isBool())
            jsonProblem(LessonLoader::tr("parameter \"%1\": the default must be true or false")
                            .arg(p.name));
        else if (!isBool && !given.isDouble())
            jsonProblem(LessonLoader::tr("parameter \"%1\": the default must be a number, not %2%3")
                            .arg(p.name, kindOf(given),
                                 given.isString() ? LessonLoader::tr("; write it without quotes")
                                                  : QString()));
        else if (p.type == LessonParameter::Type::Int && !isWholeNumber(given))
            jsonProblem(LessonLoader::tr("parameter \"%1\": the default must be a whole number")
                            .arg(p.name));
        else if (p.minimum > p.maximum || p.defaultValue < p.minimum || p.defaultValue > p.maximum)
            jsonProblem(LessonLoader::tr("parameter \"%1\": the default %2 is outside [%3, %4]")
                            .arg(p.name)
                            .arg(p.defaultValue)
                            .arg(p.minimum)
                            .arg(p.maximum));
        if (!(p.step > 0))
            jsonProblem(LessonLoader::tr("parameter \"%1\": \"step\" must be a positive number")
                            .arg(p.name));
    }

    // Parameters, each listed once: a name, a type and its values.
    void parameters(const QJsonValue& value) {
        QStringList names;
        for (const QJsonValue v : list(value, QStringLiteral("parameters"))) {
            if (!isObject(v, LessonLoader::tr("an entry of \"parameters\""))) continue;
            const QJsonObject po = v.toObject();
            LessonParameter p;
            p.name = text(po, "name", LessonLoader::tr("an entry of \"parameters\""));
            if (names.contains(p.name))
                jsonProblem(LessonLoader::tr("parameter \"%1\" is listed twice").arg(p.name));
            names << p.name;
            const MachineParameter* setting = parameterName(p);
            const QString type = text(po, "type", LessonLoader::tr("parameter \"%1\"").arg(p.name));
            if (type == QStringLiteral("int"))
                p.type = LessonParameter::Type::Int;
            else if (type == QStringLiteral("float"))
                p.type = LessonParameter::Type::Float;
            else if (type == QStringLiteral("bool"))
                p.type = LessonParameter::Type::Bool;
            else
                jsonProblem(LessonLoader::tr(
                                "parameter \"%1\" has type \"%2\"; it must be int, float or bool")
                                .arg(p.name, type));
            parameterValues(p, po);
            p.unit = text(po, "unit", LessonLoader::tr("parameter \"%1\"").arg(p.name));
            p.label =
                localized(po.value(QStringLiteral("label")),
                          LessonLoader::tr("the label of parameter \"%1\"").arg(p.name), false);
            if (setting) machineParameter(p, *setting, type);
            m_lesson.parameters.push_back(std::move(p));
        }
    }

    // A line trigger must name a line of code of its script that a task can
    // reach: not past the end, not blank, not only a comment.
    void lineTrigger(NarrationStep& step, const QJsonValue& line) {
        NarrationTrigger& t = step.trigger;
        // Read as a number first: a line past the range of an int is still
        // a line past the end of the script, and must not wrap round.
        if (!isWholeNumber(line) || line.toDouble() < 1) {
            jsonProblem(LessonLoader::tr("narration step \"%1\": a line trigger needs \"line\", a "
                                         "whole number from 1")
                            .arg(step.id));
            return;
        }
        const int index = t.script.isEmpty() ? 0 : m_lesson.scriptIndex(t.script);
        if (index < 0 || index >= static_cast<int>(m_lesson.scripts.size())) return;
        const LessonScript& script = m_lesson.scripts[static_cast<std::size_t>(index)];
        const QStringList lines = script.source.split(QLatin1Char('\n'));
        const int count = static_cast<int>(
            script.source.endsWith(QLatin1Char('\n')) ? lines.size() - 1 : lines.size());
        if (line.toDouble() > count) {
            jsonProblem(LessonLoader::tr("narration step \"%1\": %2 has %3 lines, not %4")
                            .arg(step.id, script.file)
                            .arg(count)
                            .arg(QString::number(line.toDouble(), 'f', 0)));
            return;
        }
        t.line = line.toInt();
        const QString text = lines[t.line - 1].trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            jsonProblem(LessonLoader::tr("narration step \"%1\": line %2 of %3 has no code, so no "
                                         "task reaches it")
                            .arg(step.id)
                            .arg(t.line)
                            .arg(script.file));
    }

    // A step's trigger: a known kind, with what that kind needs and nothing
    // it does not have.
    void trigger(NarrationStep& step, const QJsonObject& to) {
        const QString where = LessonLoader::tr("narration step \"%1\"").arg(step.id);
        const QString kind = text(to, "kind", where);
        NarrationTrigger& t = step.trigger;
        t.script = text(to, "script", where);
        if (!t.script.isEmpty() && !m_listed.contains(t.script))
            jsonProblem(LessonLoader::tr("narration step \"%1\" names script \"%2\", which is "
                                         "not in \"scripts\"")
                            .arg(step.id, t.script));
        QString extra; // the one key a trigger of this kind has besides kind and script
        if (kind == QStringLiteral("start")) {
            t.kind = NarrationTrigger::Kind::Start;
        } else if (kind == QStringLiteral("line")) {
            t.kind = NarrationTrigger::Kind::Line;
            extra = QStringLiteral("line");
            lineTrigger(step, to.value(QStringLiteral("line")));
        } else if (kind == QStringLiteral("taskDone")) {
            t.kind = NarrationTrigger::Kind::TaskDone;
            extra = QStringLiteral("task");
            t.task = text(to, "task", where);
            if (t.task.isEmpty())
                jsonProblem(
                    LessonLoader::tr("narration step \"%1\": a taskDone trigger needs \"task\"")
                        .arg(step.id));
        } else if (kind == QStringLiteral("time")) {
            t.kind = NarrationTrigger::Kind::AtTime;
            extra = QStringLiteral("seconds");
            const QJsonValue s = to.value(QStringLiteral("seconds"));
            t.seconds = s.toDouble(-1);
            if (!s.isDouble() || t.seconds < 0)
                jsonProblem(LessonLoader::tr("narration step \"%1\": a time trigger needs "
                                             "\"seconds\" (0 or more)")
                                .arg(step.id));
        } else if (kind == QStringLiteral("key")) {
            t.kind = NarrationTrigger::Kind::Key;
        } else {
            jsonProblem(LessonLoader::tr("narration step \"%1\" has trigger kind \"%2\"; it "
                                         "must be one of start, line, taskDone, time, key")
                            .arg(step.id, kind));
            return; // its other keys mean nothing
        }
        for (auto it = to.begin(); it != to.end(); ++it)
            if (it.key() != QStringLiteral("kind") && it.key() != QStringLiteral("script") &&
                it.key() != extra)
                jsonProblem(LessonLoader::tr("narration step \"%1\": a %2 trigger has no \"%3\"")
                                .arg(step.id, kind, it.key()));
    }

    // Narration steps, each with an id of its own and a trigger.
    void narration(const QJsonValue& value) {
        static const QRegularExpression id(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        const QJsonArray steps = list(value, QStringLiteral("narration"));
        if (m_complete && steps.isEmpty())
            jsonProblem(LessonLoader::tr("\"narration\" must tell at least one step"));
        QStringList ids;
        for (const QJsonValue v : steps) {
            if (!isObject(v, LessonLoader::tr("an entry of \"narration\""))) continue;
            const QJsonObject no = v.toObject();
            NarrationStep step;
            step.id = text(no, "id", LessonLoader::tr("an entry of \"narration\""));
            if (step.id.isEmpty())
                jsonProblem(LessonLoader::tr("a narration step has no \"id\""));
            else if (!id.match(step.id).hasMatch())
                jsonProblem(LessonLoader::tr("narration step \"%1\": an id is lower-case words "
                                             "joined by \"-\"")
                                .arg(step.id));
            if (ids.contains(step.id))
                jsonProblem(LessonLoader::tr("narration step \"%1\" is listed twice").arg(step.id));
            ids << step.id;
            const QJsonValue triggerValue = no.value(QStringLiteral("trigger"));
            if (isObject(triggerValue,
                         LessonLoader::tr("the \"trigger\" of narration step \"%1\"").arg(step.id)))
                trigger(step, triggerValue.toObject());
            m_lesson.narration.push_back(std::move(step));
        }
    }

    // One choice of a question: a value of the measure's type, and a text.
    void choice(Question& q, const QJsonObject& co, QStringList& ids, QList<QJsonValue>& values) {
        QuestionChoice c;
        c.id = text(co, "id", LessonLoader::tr("a choice of question \"%1\"").arg(q.id));
        if (ids.contains(c.id))
            jsonProblem(
                LessonLoader::tr("question \"%1\": choice \"%2\" is listed twice").arg(q.id, c.id));
        ids << c.id;
        const QJsonValue value = co.value(QStringLiteral("value"));
        if (value.isString())
            c.textValue = value.toString();
        else
            c.value = value.toDouble();
        const bool firstDone = q.measure == Measure::FirstDone;
        if (firstDone ? value.toString().isEmpty() : !value.isDouble())
            jsonProblem(LessonLoader::tr("question \"%1\", choice \"%2\": \"value\" must be %3")
                            .arg(q.id, c.id,
                                 firstDone ? LessonLoader::tr("a task name")
                                           : LessonLoader::tr("a number")));
        else if (!firstDone && c.value < 0)
            jsonProblem(
                LessonLoader::tr("question \"%1\", choice \"%2\": \"value\" must be 0 or more")
                    .arg(q.id, c.id));
        else if (values.contains(value))
            jsonProblem(LessonLoader::tr("question \"%1\", choice \"%2\": another choice has the "
                                         "same value")
                            .arg(q.id, c.id));
        values << value;
        const QJsonObject grows = co.value(QStringLiteral("grows")).toObject();
        for (auto it = grows.begin(); it != grows.end(); ++it) {
            if (!it.value().isDouble())
                jsonProblem(LessonLoader::tr("question \"%1\", choice \"%2\": \"grows\" must "
                                             "give a number per parameter")
                                .arg(q.id, c.id));
            c.grows[it.key()] = it.value().toDouble();
        }
        c.text = localized(co.value(QStringLiteral("text")),
                           LessonLoader::tr("the text of choice \"%1\"").arg(c.id), true);
        q.choices.push_back(std::move(c));
    }

    // Predict-first questions.
    void questions(const QJsonValue& value) {
        QStringList questionIds;
        for (const QJsonValue v : list(value, QStringLiteral("questions"))) {
            if (!isObject(v, LessonLoader::tr("an entry of \"questions\""))) continue;
            const QJsonObject qo = v.toObject();
            Question q;
            q.id = text(qo, "id", LessonLoader::tr("an entry of \"questions\""));
            if (questionIds.contains(q.id))
                jsonProblem(LessonLoader::tr("question \"%1\" is listed twice").arg(q.id));
            questionIds << q.id;
            const QString where = LessonLoader::tr("question \"%1\"").arg(q.id);
            q.before = text(qo, "before", where);
            q.prompt = localized(qo.value(QStringLiteral("prompt")),
                                 LessonLoader::tr("the prompt of question \"%1\"").arg(q.id), true);
            if (m_lesson.scriptIndex(q.before) < 0 || q.before.isEmpty())
                jsonProblem(
                    LessonLoader::tr("question \"%1\": \"before\" must name one of the scripts")
                        .arg(q.id));
            const QString measure = text(qo, "measure", where);
            if (measure == QStringLiteral("totalTime"))
                q.measure = Measure::TotalTime;
            else if (measure == QStringLiteral("peakMemory"))
                q.measure = Measure::PeakMemory;
            else if (measure == QStringLiteral("workers"))
                q.measure = Measure::Workers;
            else if (measure == QStringLiteral("firstDone"))
                q.measure = Measure::FirstDone;
            else
                jsonProblem(
                    LessonLoader::tr("question \"%1\" has measure \"%2\"; it must be one of "
                                     "totalTime, peakMemory, workers, firstDone")
                        .arg(q.id, measure));
            QStringList choiceIds;
            QList<QJsonValue> values;
            const QJsonValue choices = qo.value(QStringLiteral("choices"));
            if (!choices.isUndefined() && !choices.isArray())
                jsonProblem(LessonLoader::tr("question \"%1\": \"choices\" must be a list, not %2")
                                .arg(q.id, kindOf(choices)));
            for (const QJsonValue cv : choices.toArray())
                if (isObject(cv, LessonLoader::tr("a choice of question \"%1\"").arg(q.id)))
                    choice(q, cv.toObject(), choiceIds, values);
            q.correct = text(qo, "correct", where);
            if (q.choices.size() < 2)
                jsonProblem(
                    LessonLoader::tr("question \"%1\" needs at least two choices").arg(q.id));
            if (std::none_of(q.choices.begin(), q.choices.end(),
                             [&](const QuestionChoice& c) { return c.id == q.correct; }))
                jsonProblem(LessonLoader::tr(
                                "question \"%1\": \"correct\" must be the id of one of its choices")
                                .arg(q.id));
            m_lesson.questions.push_back(std::move(q));
        }
    }

    // Narration files: one per language when there are steps, each with a
    // section per step and none for a step the lesson does not have.
    void narrationFiles() {
        for (const QString& lang : kLanguages) {
            const QString name = QStringLiteral("narration.%1.md").arg(lang);
            const LessonFileRead file = LessonFile::read(m_folder, name);
            if (file.missing) {
                if (!m_lesson.narration.empty())
                    problem(name,
                            LessonLoader::tr("is missing; it must tell every narration step"));
                continue;
            }
            if (!file.ok()) {
                problem(name, file.refusal);
                continue;
            }
            const QString text = QString::fromUtf8(file.data);
            auto sections = splitNarration(text);
            for (const NarrationStep& step : m_lesson.narration)
                if (!sections.contains(step.id))
                    problem(name,
                            LessonLoader::tr("has no section \"## %1\" for narration step \"%1\"")
                                .arg(step.id));
            for (auto it = sections.begin(); it != sections.end(); ++it) {
                if (std::none_of(m_lesson.narration.begin(), m_lesson.narration.end(),
                                 [&](const NarrationStep& s) { return s.id == it.key(); }))
                    problem(name, LessonLoader::tr("has a section \"## %1\" but no narration step "
                                                   "\"%1\" in lesson.json")
                                      .arg(it.key()));
                else if (it.value().trimmed().isEmpty())
                    problem(name, LessonLoader::tr("section \"## %1\" is empty").arg(it.key()));
            }
            m_lesson.narrationText.insert(lang, sections);
        }
        for (const QString& file :
             m_dir.entryList({QStringLiteral("narration.*.md")}, QDir::Files)) {
            const QString lang = file.mid(10, file.size() - 13); // narration.<lang>.md
            if (!kLanguages.contains(lang))
                problem(file, LessonLoader::tr("is in \"%1\", which is not a lesson language "
                                               "(en, pt_BR, uk)")
                                  .arg(lang));
        }
    }

    QString m_folder;
    QDir m_dir;
    const ScriptChecker& m_checker;
    bool m_complete;
    std::vector<LessonProblem>& m_problems;
    bool m_failed = false;
    Lesson m_lesson;
    QStringList m_listed;   // every file "scripts" names, readable or not
    QStringList m_assigned; // the names the scripts assign at their top level
    bool m_unread = false;  // a listed script could not be read
};

} // namespace

std::optional<Lesson> LessonLoader::loadFolder(const QString& folder,
                                               std::vector<LessonProblem>& problems) const {
    return FolderReader(folder, m_checker, m_checking == Checking::Complete, problems).read();
}

LessonCatalog LessonLoader::loadRoots(const QStringList& roots) const {
    LessonCatalog catalog;
    std::map<QString, Lesson> byId;
    for (const QString& root : roots) {
        const QDir dir(root);
        if (!dir.exists()) continue;
        // The lesson list is sorted by order: two lessons of one root with
        // the same order would come in no stated order.
        std::map<int, QString> orders;
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
            auto lesson = loadFolder(folder, catalog.problems);
            if (!lesson) continue;
            if (auto [it, added] = orders.emplace(lesson->order, lesson->id); !added) {
                catalog.problems.push_back(
                    LessonProblem{folder, QStringLiteral("lesson.json"), 0, 0,
                                  tr("\"order\" %1 is also the order of lesson \"%2\"")
                                      .arg(lesson->order)
                                      .arg(it->second)});
                continue;
            }
            // A shared folder must not pass itself off as a lesson the
            // learner already knows, in its place and under its title.
            if (const auto known = byId.find(lesson->id); known != byId.end()) {
                catalog.problems.push_back(LessonProblem{
                    folder, QStringLiteral("lesson.json"), 0, 0,
                    known->second.builtIn
                        ? tr("\"id\" \"%1\" is the id of a built-in lesson, so this folder "
                             "was not loaded; give it an id and a folder name of its own")
                              .arg(lesson->id)
                        : tr("\"id\" \"%1\" is also the id of the lesson in %2, so this "
                             "folder was not loaded; give it an id and a folder name of its own")
                              .arg(lesson->id, known->second.folder)});
                continue;
            }
            byId.emplace(lesson->id, std::move(*lesson));
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
