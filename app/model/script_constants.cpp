// SPDX-License-Identifier: MIT
#include "model/script_constants.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace coroscope {

namespace {

// NAME, an optional annotation, "=", the literal, an optional comment.
QRegularExpression assignment(const QString& name) {
    return QRegularExpression(
        QStringLiteral("^(%1\\s*(?::[^=\\n]*)?=\\s*)([^\\s#][^#\\n]*?)(\\s*(?:#[^\\n]*)?)$")
            .arg(QRegularExpression::escape(name)),
        QRegularExpression::MultilineOption);
}

std::optional<double> literalValue(QString literal, LessonParameter::Type type) {
    literal.remove(QLatin1Char('_')); // 10_000
    if (type == LessonParameter::Type::Bool) {
        if (literal == QStringLiteral("True")) return 1.0;
        if (literal == QStringLiteral("False")) return 0.0;
        return std::nullopt;
    }
    static const QRegularExpression integer(QStringLiteral("^[+-]?\\d+$"));
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!(type == LessonParameter::Type::Int ? integer : number).match(literal).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = literal.toDouble(&ok);
    if (!ok || !std::isfinite(v)) return std::nullopt;
    return v;
}

bool sameValue(double a, double b) {
    return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

std::optional<double> constantIn(const QString& source, const LessonParameter& p) {
    const QRegularExpressionMatch m = assignment(p.name).match(source);
    if (!m.hasMatch()) return std::nullopt;
    return literalValue(m.captured(2), p.type);
}

int constantLine(const QString& source, const QString& name) {
    const QRegularExpressionMatch m =
        QRegularExpression(
            QStringLiteral("^%1\\s*(:[^=\\n]*)?=(?!=)").arg(QRegularExpression::escape(name)),
            QRegularExpression::MultilineOption)
            .match(source);
    if (!m.hasMatch()) return 0;
    return static_cast<int>(source.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
}

QString withConstant(const QString& source, const LessonParameter& p, double value) {
    const QRegularExpressionMatch m = assignment(p.name).match(source);
    if (!m.hasMatch()) return source;
    const std::optional<double> now = literalValue(m.captured(2), p.type);
    if (!now || sameValue(*now, value)) return source;
    QString out = source;
    out.replace(m.capturedStart(2), m.capturedLength(2), p.pythonLiteral(value));
    return out;
}

QString withConstants(const QString& source, const std::vector<LessonParameter>& parameters,
                      const QMap<QString, double>& values) {
    QString out = source;
    for (const LessonParameter& p : parameters)
        if (!p.name.startsWith(QStringLiteral("machine.")) && values.contains(p.name))
            out = withConstant(out, p, values.value(p.name));
    return out;
}

QString fillParameters(const QString& text, const std::vector<LessonParameter>& parameters,
                       const QMap<QString, double>& values, const QString& language) {
    if (!text.contains(QLatin1Char('{'))) return text;
    const QLocale locale(language);
    QString out = text;
    for (const LessonParameter& p : parameters) {
        const double v = values.value(p.name, p.defaultValue);
        QString shown;
        switch (p.type) {
        case LessonParameter::Type::Int: shown = locale.toString(std::llround(v)); break;
        case LessonParameter::Type::Float: shown = locale.toString(v, 'g', 6); break;
        case LessonParameter::Type::Bool:
            shown = v != 0 ? QStringLiteral("True") : QStringLiteral("False");
            break;
        }
        out.replace(QStringLiteral("{%1}").arg(p.name), shown);
    }
    return out;
}

LocalizedText fillParameters(const LocalizedText& text,
                             const std::vector<LessonParameter>& parameters,
                             const QMap<QString, double>& values) {
    LocalizedText out = text;
    for (auto it = out.byLanguage.begin(); it != out.byLanguage.end(); ++it)
        *it = fillParameters(*it, parameters, values, it.key());
    return out;
}

Question fillParameters(const Question& question, const std::vector<LessonParameter>& parameters,
                        const QMap<QString, double>& values) {
    Question out = question;
    out.prompt = fillParameters(question.prompt, parameters, values);
    for (QuestionChoice& c : out.choices) {
        c.text = fillParameters(c.text, parameters, values);
        for (const LessonParameter& p : parameters)
            if (c.grows.contains(p.name) && values.contains(p.name))
                c.value += c.grows.value(p.name) * (values.value(p.name) - p.defaultValue);
    }
    return out;
}

} // namespace coroscope
