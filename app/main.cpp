// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Coroscope"));
    QMainWindow window;
    window.setWindowTitle(QObject::tr("Coroscope"));
    auto* label = new QLabel(QObject::tr("Coroscope — lessons are on their way."), &window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
