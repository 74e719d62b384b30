// SPDX-License-Identifier: MIT
#include "model/lesson_view.h"

namespace coroscope {

std::optional<LessonView> lessonViewNamed(const QString& name) {
    for (const LessonViewName& v : kLessonViews)
        if (name == QLatin1String(v.name)) return v.view;
    return std::nullopt;
}

QString lessonViewName(LessonView view) {
    for (const LessonViewName& v : kLessonViews)
        if (v.view == view) return QLatin1String(v.name);
    return {};
}

QStringList lessonViewNames() {
    QStringList names;
    for (const LessonViewName& v : kLessonViews)
        names << QLatin1String(v.name);
    return names;
}

QString lessonViewNamesListed(const QString& lastSeparator) {
    QStringList names = lessonViewNames();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + lastSeparator + last;
}

} // namespace coroscope
