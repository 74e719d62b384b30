// SPDX-License-Identifier: MIT
// The learner's edits as files: written whole or not at all, kept inside
// their folder whatever a lesson id or file name says, and an unreadable
// one set aside (never deleted, never fatal).
#include "model/edit_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

void write(const QString& path, const QByteArray& bytes) {
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(EditStore, AnEditComesBackAsItWasWritten) {
    QTemporaryDir dir;
    EditStore store(dir.path());
    EXPECT_FALSE(store.load(QStringLiteral("waiter"), QStringLiteral("sync.py")));
    const QString text = QStringLiteral("print('garçom, офіціант')\n");
    ASSERT_TRUE(store.save(QStringLiteral("waiter"), QStringLiteral("sync.py"), text));
    EXPECT_EQ(store.load(QStringLiteral("waiter"), QStringLiteral("sync.py")), text);
    ASSERT_TRUE(store.save(QStringLiteral("waiter"), QStringLiteral("sync.py"), QString()));
    EXPECT_EQ(store.load(QStringLiteral("waiter"), QStringLiteral("sync.py")), QString());
    store.remove(QStringLiteral("waiter"), QStringLiteral("sync.py"));
    EXPECT_FALSE(store.load(QStringLiteral("waiter"), QStringLiteral("sync.py")));
    EXPECT_TRUE(store.takeProblems().isEmpty());
}

TEST(EditStore, NoLessonIdOrFileNameLeadsOutOfTheStore) {
    QTemporaryDir dir;
    const QString root = QDir(dir.path()).filePath(QStringLiteral("edits"));
    EditStore store(root);
    const QString names[] = {QStringLiteral(".."),
                             QStringLiteral("../../etc/passwd"),
                             QStringLiteral("/abs/path"),
                             QStringLiteral(".hidden"),
                             QString(),
                             QStringLiteral("a\\b")};
    for (const QString& lesson : names)
        for (const QString& file : names) {
            const QString path = QFileInfo(store.pathOf(lesson, file)).absoluteFilePath();
            EXPECT_TRUE(path.startsWith(QDir(root).absolutePath() + QLatin1Char('/')))
                << lesson.toStdString() << " / " << file.toStdString() << " -> "
                << path.toStdString();
            // Exactly two levels below the root: a folder per lesson, a file per script.
            EXPECT_EQ(QDir(root).relativeFilePath(path).count(QLatin1Char('/')), 1)
                << path.toStdString();
            ASSERT_TRUE(store.save(lesson, file, QStringLiteral("x = 1\n")));
            EXPECT_EQ(store.load(lesson, file), QStringLiteral("x = 1\n"));
        }
    // Distinct names stay distinct files.
    EXPECT_NE(store.pathOf(QStringLiteral("a"), QStringLiteral("b/c")),
              store.pathOf(QStringLiteral("a/b"), QStringLiteral("c")));
}

TEST(EditStore, WhatCannotBeReadBackIsSetAsideAndSaid) {
    QTemporaryDir dir;
    EditStore store(dir.path());
    struct Bad {
        const char* file;
        QByteArray bytes;
        const char* why;
    };
    const Bad bad[] = {
        {"latin1.py", QByteArray("print('\xe9')\n"), "not UTF-8"},
        {"nul.py", QByteArray("print(1)\0\n", 10), "not UTF-8"},
        {"huge.py", QByteArray(kMaxLessonFileBytes + 1, 'x'), "larger than"},
    };
    for (const Bad& b : bad) {
        const QString path = store.pathOf(QStringLiteral("l"), QString::fromLatin1(b.file));
        write(path, b.bytes);
        EXPECT_FALSE(store.load(QStringLiteral("l"), QString::fromLatin1(b.file))) << b.file;
        const QStringList problems = store.takeProblems();
        ASSERT_EQ(problems.size(), 1) << b.file;
        EXPECT_TRUE(problems[0].contains(QString::fromLatin1(b.why))) << problems[0].toStdString();
        EXPECT_TRUE(problems[0].contains(QDir::toNativeSeparators(path)));
        EXPECT_FALSE(QFileInfo::exists(path)) << b.file;
        EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".unreadable"))) << b.file;
        // A new edit can be saved where the bad one was.
        EXPECT_TRUE(store.save(QStringLiteral("l"), QString::fromLatin1(b.file),
                               QStringLiteral("ok = 1\n")));
    }
    // A folder or a link in an edit's place is not followed.
    const QString folder = store.pathOf(QStringLiteral("l"), QStringLiteral("folder.py"));
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_FALSE(store.load(QStringLiteral("l"), QStringLiteral("folder.py")));
    EXPECT_EQ(store.takeProblems().size(), 1);
    const QString link = store.pathOf(QStringLiteral("l"), QStringLiteral("link.py"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/hostname"), link));
    EXPECT_FALSE(store.load(QStringLiteral("l"), QStringLiteral("link.py")));
    const QStringList problems = store.takeProblems();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("not a plain file")));
}

TEST(EditStore, AFailedSaveSaysWhy) {
    QTemporaryDir dir;
    // The lesson's folder is taken by a file: nothing can be created in it.
    write(QDir(dir.path()).filePath(QStringLiteral("l")), "in the way");
    EditStore store(dir.path());
    EXPECT_FALSE(store.save(QStringLiteral("l"), QStringLiteral("a.py"), QStringLiteral("x\n")));
    EXPECT_FALSE(store.lastError().isEmpty());
}
