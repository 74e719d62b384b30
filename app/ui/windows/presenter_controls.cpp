// SPDX-License-Identifier: MIT
// What the speaker controls in presenter mode: the keys and the menu for
// the views, blanking, the type size and the theme.
#include "ui/panels/narration_panel.h"
#include "ui/panels/predict_card.h"
#include "ui/views/code_editor.h"
#include "ui/views/restaurant_view.h"
#include "ui/views/timeline_view.h"
#include "ui/windows/presenter_window.h"

#include <QAction>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

#include <algorithm>
#include <array>

namespace coroscope {

namespace {

// The type sizes Ctrl++ and Ctrl+- step through.
constexpr std::array<double, 10> kFontScales{0.7, 0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.3};

const char* const kThemeNames[] = {"light", "dark", "contrast"};

} // namespace

void PresenterWindow::createActions() {
    auto make = [this](const char* name, const QList<QKeySequence>& keys) {
        auto* a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        addAction(a);
        return a;
    };
    m_views = new QActionGroup(this);
    const char* const views[] = {
        "presenterCode",    "presenterRestaurant",        "presenterTimeline",
        "presenterCompare", "presenterCodeAndRestaurant", "presenterCodeAndTimeline"};
    for (int i = 0; i < kStageCount; ++i) {
        QAction* a = make(views[i], {QKeySequence(static_cast<Qt::Key>(Qt::Key_1 + i))});
        a->setCheckable(true);
        m_views->addAction(a);
        // While a question is up, its digits answer it, wherever the focus is.
        connect(a, &QAction::triggered, this, [this, i] {
            if (!m_predict->choose(i)) showView(i);
        });
    }
    // B and . are what a presenter's remote sends for a black screen.
    m_blankAction = make("presenterBlank", {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
    m_blankAction->setCheckable(true);
    connect(m_blankAction, &QAction::triggered, this, [this] { setBlanked(!blanked()); });
    m_larger = make("presenterLarger", {QKeySequence(Qt::CTRL | Qt::Key_Plus),
                                        QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_larger, &QAction::triggered, this, &PresenterWindow::largerText);
    m_smaller = make("presenterSmaller", {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    connect(m_smaller, &QAction::triggered, this, &PresenterWindow::smallerText);
    m_normalSize = make("presenterNormalSize", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(m_normalSize, &QAction::triggered, this, [this] { setFontScale(1.0); });
    m_themes = new QActionGroup(this);
    const Qt::Key themeKeys[] = {Qt::Key_L, Qt::Key_D, Qt::Key_H};
    for (std::size_t i = 0; i < std::size(kThemeNames); ++i) {
        const QString name = QLatin1String(kThemeNames[i]);
        QAction* a = make(qPrintable(QStringLiteral("presenterTheme-") + name),
                          {QKeySequence(Qt::CTRL | Qt::ALT | themeKeys[i])});
        a->setCheckable(true);
        a->setData(name);
        m_themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setTheme(name); });
    }
    m_leave = new QAction(this);
    m_leave->setObjectName(QStringLiteral("presenterLeave"));
    connect(m_leave, &QAction::triggered, this, &QWidget::close);
    m_menuButton->setMenu(menu());
}

QMenu* PresenterWindow::menu() {
    if (m_menu) return m_menu;
    m_menu = new QMenu(this);
    m_menu->addActions(m_views->actions());
    m_menu->addSeparator();
    m_menu->addActions({m_larger, m_smaller, m_normalSize});
    m_menu->addSeparator();
    m_menu->addActions(m_themes->actions());
    m_menu->addSeparator();
    m_menu->addActions({m_blankAction, m_leave});
    return m_menu;
}

void PresenterWindow::addSharedActions(const QList<QAction*>& actions) {
    QList<QKeySequence> own;
    for (const QAction* a : this->actions())
        own << a->shortcuts();
    // Two actions on one key in one window would make Qt run neither.
    for (QAction* a : actions) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (std::none_of(keys.begin(), keys.end(),
                         [&](const QKeySequence& k) { return own.contains(k); }))
            addAction(a);
    }
}

QAction* PresenterWindow::action(const char* objectName) const {
    for (QAction* a : actions())
        if (a->objectName() == QLatin1String(objectName)) return a;
    return objectName == QByteArray("presenterLeave") ? m_leave : nullptr;
}

void PresenterWindow::setBlanked(bool blanked) {
    m_blank->setGeometry(rect());
    m_blank->setVisible(blanked);
    if (blanked) m_blank->raise();
    setCursor(blanked ? Qt::BlankCursor : Qt::ArrowCursor);
    m_blankAction->setChecked(blanked);
}

bool PresenterWindow::blanked() const {
    return !m_blank->isHidden();
}

void PresenterWindow::setFontScale(double scale) {
    m_fontScale = std::clamp(scale, kFontScales.front(), kFontScales.back());
    QSettings().setValue(QStringLiteral("presenter/fontScale"), m_fontScale);
    m_larger->setEnabled(m_fontScale < kFontScales.back());
    m_smaller->setEnabled(m_fontScale > kFontScales.front());
    applyFontScale();
}

void PresenterWindow::largerText() {
    const auto next = std::upper_bound(kFontScales.begin(), kFontScales.end(), m_fontScale + 1e-6);
    if (next != kFontScales.end()) setFontScale(*next);
}

void PresenterWindow::smallerText() {
    const auto below = std::lower_bound(kFontScales.begin(), kFontScales.end(), m_fontScale - 1e-6);
    if (below != kFontScales.begin()) setFontScale(*(below - 1));
}

void PresenterWindow::setTheme(const QString& name) {
    m_theme = &Theme::byName(name);
    QSettings().setValue(QStringLiteral("presenter/theme"), m_theme->name());
    applyTheme();
}

void PresenterWindow::applyTheme() {
    setPalette(m_theme->palette());
    m_code->setTheme(m_theme);
    m_restaurant->setTheme(m_theme);
    m_timeline->setTheme(m_theme);
    m_compare->setTheme(m_theme);
    m_narration->setTheme(m_theme);
    QPalette ground = m_narration->palette();
    ground.setColor(QPalette::Window, m_theme->surface);
    m_narration->setPalette(ground);
    m_predict->setTheme(m_theme);
    m_clock->setStyleSheet(QStringLiteral("color: %1;").arg(m_theme->cursor.name()));
    m_hint->setStyleSheet(QStringLiteral("color: %1;").arg(m_theme->mutedText.name()));
    for (QAction* a : m_themes->actions())
        a->setChecked(a->data().toString() == m_theme->name());
    applyFontScale(); // the theme's own type scale
}

void PresenterWindow::retranslate() {
    const QString views[] = {tr("&Code"),    tr("&Restaurant"),          tr("&Timeline"),
                             tr("C&ompare"), tr("Code &and restaurant"), tr("Code a&nd timeline")};
    for (int i = 0; i < kStageCount; ++i)
        m_views->actions().value(i)->setText(views[i]);
    m_blankAction->setText(tr("&Blank the screen"));
    m_larger->setText(tr("&Larger text"));
    m_smaller->setText(tr("&Smaller text"));
    m_normalSize->setText(tr("&Normal text size"));
    const QString themes[] = {tr("Li&ght theme"), tr("&Dark theme"), tr("&High contrast theme")};
    for (int i = 0; i < 3; ++i)
        m_themes->actions().value(i)->setText(themes[i]);
    // Esc is keyPressEvent's (a card takes it first), so it is only named here.
    m_leave->setText(tr("L&eave presenter mode") + QStringLiteral("\tEsc"));
    m_menuButton->setToolTip(tr("Views, text size, theme (or right-click)"));
    m_hint->setText(tr("1–6 views · B blank · Ctrl+/− text · Esc leave"));
    setWindowTitle(tr("Coroscope — presenter"));
    fitHeader();
}

void PresenterWindow::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Escape) {
        // Out of the black first, so Esc never leaves from a blank screen.
        if (blanked())
            setBlanked(false);
        else
            close();
        return;
    }
    QWidget::keyPressEvent(e);
}

void PresenterWindow::contextMenuEvent(QContextMenuEvent* e) {
    menu()->popup(e->globalPos());
}

void PresenterWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

} // namespace coroscope
