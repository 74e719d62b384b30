// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson_loader.h"
#include "ui/style/theme.h"

#include <QListWidget>
#include <QSet>

namespace coroscope {

// The lessons in order, each with its number, title, summary and a tick
// once done; folders that failed to load are listed after them, greyed,
// with the file and the reason.
class LessonList : public QListWidget {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SummaryRole, OrderRole, DoneRole, BrokenRole };

    explicit LessonList(QWidget* parent = nullptr);
    void setCatalog(const LessonCatalog& catalog, const QString& language);
    void setDone(const QSet<QString>& done);
    void selectLesson(const QString& id);
    void setTheme(const Theme* theme);
    void setTextScale(double scale);

Q_SIGNALS:
    void lessonChosen(const QString& id);

private:
    const Theme* m_theme;
    double m_scale = 1.0; // read by the delegate
};

} // namespace coroscope
