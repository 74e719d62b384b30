// SPDX-License-Identifier: MIT
#include "model/lesson.h"

#include "model/script_constants.h"

#include <cmath>

namespace coroscope {

QString LocalizedText::in(const QString& language) const {
    if (auto it = byLanguage.find(language); it != byLanguage.end() && !it->isEmpty()) return *it;
    // "pt" finds "pt_BR" and the other way round.
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it)
        if (it.key().section(QLatin1Char('_'), 0, 0) == base && !it->isEmpty()) return *it;
    if (auto it = byLanguage.find(QStringLiteral("en")); it != byLanguage.end()) return *it;
    return byLanguage.isEmpty() ? QString() : byLanguage.first();
}

QString LessonParameter::pythonLiteral(double value) const {
    switch (type) {
    case Type::Int: return QString::number(std::llround(value));
    case Type::Bool: return value != 0 ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Float: {
        QString s = QString::number(value, 'g', 15);
        if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
            s += QStringLiteral(".0");
        return s;
    }
    }
    return QString::number(value);
}

int Lesson::scriptIndex(const QString& file) const {
    if (file.isEmpty()) return scripts.empty() ? -1 : 0;
    for (std::size_t i = 0; i < scripts.size(); ++i)
        if (scripts[i].file == file) return static_cast<int>(i);
    return -1;
}

QString Lesson::narrationFor(const QString& stepId, const QString& language) const {
    for (const QString& lang :
         {language, language.section(QLatin1Char('_'), 0, 0), QStringLiteral("en")}) {
        auto it = narrationText.find(lang);
        if (it == narrationText.end()) continue;
        auto step = it->find(stepId);
        if (step != it->end() && !step->trimmed().isEmpty()) return *step;
    }
    return {};
}

std::vector<LessonParameter> Lesson::parametersOf(const QString& source) const {
    std::vector<LessonParameter> out;
    for (const LessonParameter& p : parameters)
        if (p.name.startsWith(QStringLiteral("machine.")) || constantLine(source, p.name) > 0)
            out.push_back(p);
    return out;
}

std::vector<std::pair<std::string, std::string>>
Lesson::parametersFor(const QString& source, const QMap<QString, double>& values) const {
    std::vector<std::pair<std::string, std::string>> out;
    for (const LessonParameter& p : parametersOf(source)) {
        if (!p.name.startsWith(QStringLiteral("machine.")) && !constantIn(source, p)) continue;
        out.emplace_back(p.name.toStdString(),
                         p.pythonLiteral(values.value(p.name, p.defaultValue)).toStdString());
    }
    return out;
}

std::vector<int> Lesson::stepsOf(int script) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < narration.size(); ++i) {
        const auto& t = narration[i].trigger;
        const int s = t.script.isEmpty() ? 0 : scriptIndex(t.script);
        if (s == script) out.push_back(static_cast<int>(i));
    }
    return out;
}

std::vector<std::uint32_t> Lesson::watchedLines(int script) const {
    std::vector<std::uint32_t> out;
    for (int i : stepsOf(script)) {
        const auto& t = narration[static_cast<std::size_t>(i)].trigger;
        if (t.kind == NarrationTrigger::Kind::Line && t.line > 0)
            out.push_back(static_cast<std::uint32_t>(t.line));
    }
    return out;
}

} // namespace coroscope
