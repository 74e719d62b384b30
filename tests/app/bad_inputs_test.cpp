// SPDX-License-Identifier: MIT
// The catalogue of bad inputs (bad_inputs/catalogue.json), one test a row:
// lesson folders broken in one way each, built in a temporary folder (links,
// pipes, huge files included) and checked with `coroscope lessons --check`,
// and command lines run through the application itself. Each row states the
// exit status and what the output must (and must not) say; a run that does
// not end fails its row rather than the suite.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <ostream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

namespace {

const QJsonObject& catalogue() {
    static const QJsonObject c = [] {
        QFile f(QStringLiteral(COROSCOPE_BAD_INPUTS));
        if (!f.open(QIODevice::ReadOnly)) return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return c;
}

std::vector<QJsonObject> rows(const char* section) {
    std::vector<QJsonObject> out;
    for (const QJsonValue v : catalogue().value(QLatin1String(section)).toArray())
        out.push_back(v.toObject());
    return out;
}

std::string rowName(const testing::TestParamInfo<QJsonObject>& info) {
    return info.param.value(QStringLiteral("name")).toString().toStdString();
}

// Puts a row's files in `dir`: "files" (null removes one), then "dirs",
// "links" (their targets may start at {root}), "fifos" and "sparse" (files
// of that many bytes that take no room).
void build(const QString& dir, const QString& root, const QJsonObject& row) {
    auto path = [&](const QString& name) { return QDir::cleanPath(QDir(dir).filePath(name)); };
    const QJsonObject files = row.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString p = path(it.key());
        QFile::remove(p);
        if (it.value().isNull()) continue;
        QDir().mkpath(QFileInfo(p).path());
        QFile f(p);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << p.toStdString();
        f.write(it.value().toString().toUtf8());
    }
    for (const QJsonValue d : row.value(QStringLiteral("dirs")).toArray())
        ASSERT_TRUE(QDir().mkpath(path(d.toString())));
    const QJsonObject links = row.value(QStringLiteral("links")).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        const QString target = it.value().toString().replace(QStringLiteral("{root}"), root);
        ASSERT_EQ(::symlink(QFile::encodeName(target).constData(),
                            QFile::encodeName(path(it.key())).constData()),
                  0)
            << it.key().toStdString();
    }
    for (const QJsonValue f : row.value(QStringLiteral("fifos")).toArray())
        ASSERT_EQ(::mkfifo(QFile::encodeName(path(f.toString())).constData(), 0600), 0);
    const QJsonObject sparse = row.value(QStringLiteral("sparse")).toObject();
    for (auto it = sparse.begin(); it != sparse.end(); ++it) {
        QFile f(path(it.key()));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(static_cast<qint64>(it.value().toDouble())));
    }
}

struct Outcome {
    int status = -1;
    QString out;
    QString err;
};

// The application, with a home of its own in `root`, and a display only
// when the row asks for one (offscreen).
Outcome runApp(const QStringList& args, const QString& root, bool display) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (display) env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), QDir(root).filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(root).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(root).filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(root).filePath(QStringLiteral("cache")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COROSCOPE_BINARY), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString(), QStringLiteral("(did not end within a minute)")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void expectOutcome(const QJsonObject& row, const Outcome& o) {
    const std::string shown = "stdout:\n" + o.out.toStdString() + "stderr:\n" + o.err.toStdString();
    EXPECT_EQ(o.status, row.value(QStringLiteral("status")).toInt()) << shown;
    const QString all = o.out + o.err;
    for (const QJsonValue s : row.value(QStringLiteral("says")).toArray())
        EXPECT_TRUE(all.contains(s.toString()))
            << "should say: " << s.toString().toStdString() << "\n"
            << shown;
    for (const QJsonValue s : row.value(QStringLiteral("prints")).toArray())
        EXPECT_TRUE(o.out.contains(s.toString()))
            << "should print: " << s.toString().toStdString() << "\n"
            << shown;
    for (const QJsonValue s : row.value(QStringLiteral("neverPrints")).toArray())
        EXPECT_FALSE(o.out.contains(s.toString()))
            << "should not print: " << s.toString().toStdString() << "\n"
            << shown;
    for (const QJsonValue s : row.value(QStringLiteral("lacks")).toArray())
        EXPECT_FALSE(all.contains(s.toString()))
            << "should not say: " << s.toString().toStdString() << "\n"
            << shown;
}

} // namespace

// A row by its name in test output, not as bytes.
void PrintTo(const QJsonObject& row, std::ostream* os);
void PrintTo(const QJsonObject& row, std::ostream* os) {
    *os << row.value(QStringLiteral("name")).toString().toStdString();
}

namespace {

class BadLessonFolder : public testing::TestWithParam<QJsonObject> {};
class BadCommandLine : public testing::TestWithParam<QJsonObject> {};

} // namespace

TEST(BadInputs, TheCatalogueIsThereAndLarge) {
    EXPECT_GE(rows("folders").size(), 80u);
    EXPECT_GE(rows("commandLines").size(), 60u);
}

// The base lesson with the row's changes to lesson.json and its files.
TEST_P(BadLessonFolder, IsReportedAsTheCatalogueSays) {
    const QJsonObject& row = GetParam();
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    const QString folder = QDir(root.path()).filePath(QStringLiteral("mini"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QJsonObject base = catalogue().value(QStringLiteral("base")).toObject();
    QJsonObject lesson = base.value(QStringLiteral("lesson")).toObject();
    const QJsonObject changes = row.value(QStringLiteral("lesson")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        lesson.insert(it.key(), it.value());
    QJsonObject files = base.value(QStringLiteral("files")).toObject();
    files.insert(QStringLiteral("lesson.json"), QString::fromUtf8(QJsonDocument(lesson).toJson()));
    build(folder, root.path(), QJsonObject{{QStringLiteral("files"), files}});
    build(folder, root.path(), row);
    if (HasFatalFailure()) return;
    expectOutcome(row, runApp({QStringLiteral("lessons"), QStringLiteral("--check"), folder},
                              root.path(), false));
}

TEST_P(BadCommandLine, IsAnsweredAsTheCatalogueSays) {
    const QJsonObject& row = GetParam();
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    build(root.path(), root.path(), row);
    if (HasFatalFailure()) return;
    QStringList args;
    for (const QJsonValue a : row.value(QStringLiteral("args")).toArray())
        args << a.toString().replace(QStringLiteral("{root}"), root.path());
    expectOutcome(row, runApp(args, root.path(), row.value(QStringLiteral("display")).toBool()));
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadLessonFolder, testing::ValuesIn(rows("folders")), rowName);
INSTANTIATE_TEST_SUITE_P(Catalogue, BadCommandLine, testing::ValuesIn(rows("commandLines")),
                         rowName);
