// SPDX-License-Identifier: GPL-3.0-or-later
// isthmus-cli against a real Prosody: send, listen, chats, search, export, and bad input.
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "ProsodyServer.h"

namespace {
const QString password = QStringLiteral("cli-test");

QList<QJsonObject> jsonLines(const QByteArray &output)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            objects.append(QJsonDocument::fromJson(line).object());
        }
    }
    return objects;
}
} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dirs;

    QStringList base(const QString &jid, const QString &dir) const
    {
        QStringList args { QStringLiteral("--data-dir"), m_dirs.filePath(dir) };
        if (!jid.isEmpty()) {
            args += { QStringLiteral("--jid"), jid, QStringLiteral("--host"), m_server.address(),
                QStringLiteral("--port"), QString::number(m_server.clientPort()) };
        }
        return args;
    }

    static void prepare(QProcess &cli, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ISTHMUS_PASSWORD"), password);
        cli.setProcessEnvironment(env);
        cli.setProgram(qEnvironmentVariable("ISTHMUS_BINARY_DIR") + QStringLiteral("/bin/isthmus-cli"));
        cli.setArguments(args);
    }

    // Runs a command to its end; yields stdout, and the exit code through `code`.
    static QByteArray run(const QStringList &args, int *code, QByteArray *errors = nullptr)
    {
        QProcess cli;
        prepare(cli, args);
        cli.start();
        cli.waitForFinished(60000);
        *code = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        if (errors) {
            *errors = cli.readAllStandardError();
        }
        return cli.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void sendListenChatsSearchExport()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);

        QProcess listener;
        prepare(listener, base(bob, QStringLiteral("bob")) + QStringList { QStringLiteral("listen") });
        listener.start();
        QVERIFY(
            QTest::qWaitFor([&] { return listener.readAllStandardError().contains("listening"); }, 20000));

        int code = 0;
        const auto sent = jsonLines(run(base(alice, QStringLiteral("alice"))
                + QStringList { QStringLiteral("send"), bob, QStringLiteral("hello from the command line") },
            &code));
        QCOMPARE(code, 0);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().value(QStringLiteral("body")).toString(),
            QStringLiteral("hello from the command line"));
        QCOMPARE(sent.first().value(QStringLiteral("chat")).toString(), bob);

        QByteArray heard;
        QVERIFY(QTest::qWaitFor(
            [&] {
                heard += listener.readAllStandardOutput();
                return heard.contains("hello from the command line");
            },
            20000));
        const auto received = jsonLines(heard);
        QCOMPARE(received.last().value(QStringLiteral("from")).toString(), alice);
        QCOMPARE(received.last().value(QStringLiteral("outgoing")).toBool(), false);
        listener.terminate(); // SIGTERM: a clean stop
        QVERIFY(listener.waitForFinished(10000));
        QCOMPARE(listener.exitCode(), 0);

        QVERIFY(run(base(alice, QStringLiteral("alice"))
                        + QStringList { QStringLiteral("send"), bob,
                            QStringLiteral("a second one about climbing") },
                    &code)
                    .size()
            > 0);
        const auto chats = jsonLines(
            run(base({}, QStringLiteral("alice")) + QStringList { QStringLiteral("chats") }, &code));
        QCOMPARE(code, 0);
        QCOMPARE(chats.size(), 1);
        QCOMPARE(chats.first().value(QStringLiteral("chat")).toString(), bob);
        QCOMPARE(chats.first().value(QStringLiteral("lastMessage")).toString(),
            QStringLiteral("a second one about climbing"));

        const auto found = jsonLines(run(base({}, QStringLiteral("alice"))
                + QStringList { QStringLiteral("search"), QStringLiteral("climb") },
            &code));
        QCOMPARE(found.size(), 1);

        const auto exported = jsonLines(
            run(base(alice, QStringLiteral("alice")) + QStringList { QStringLiteral("export"), bob }, &code));
        QCOMPARE(code, 0);
        QCOMPARE(exported.size(), 2);
        QCOMPARE(exported.first().value(QStringLiteral("body")).toString(),
            QStringLiteral("hello from the command line"));
    }

    void sendToAnAddressThatBouncesExitsWithTheReason()
    {
        // Issue 10: the message was marked failed, but the command waited for ever.
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString nobody
            = QStringLiteral("nobody%1@").arg(QDateTime::currentMSecsSinceEpoch()) + m_server.domain();
        QProcess cli;
        prepare(cli,
            base(alice, QStringLiteral("bounce"))
                + QStringList { QStringLiteral("send"), nobody, QStringLiteral("anyone?") });
        cli.start();
        QVERIFY2(cli.waitForFinished(20000), "isthmus-cli send did not end after the bounce");
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray errors = cli.readAllStandardError();
        qInfo("stderr: %s", errors.constData());
        QVERIFY2(errors.contains("not delivered"), errors.constData());
        QVERIFY2(errors.contains(nobody.toUtf8()), errors.constData()); // the server's reason names it
        // It was stored (and printed) before it was sent.
        QCOMPARE(jsonLines(cli.readAllStandardOutput()).size(), 1);
    }

    void badInputIsASentenceAndAnExitCode()
    {
        int code = 0;
        QByteArray errors;
        run({ QStringLiteral("--data-dir"), m_dirs.filePath(QStringLiteral("bad")), QStringLiteral("--jid"),
                QStringLiteral("not a jid"), QStringLiteral("send"), QStringLiteral("x@example.test"),
                QStringLiteral("hi") },
            &code, &errors);
        QCOMPARE(code, 1);
        QVERIFY2(errors.contains("is not a valid chat address"), errors.constData());

        run({ QStringLiteral("--data-dir"), m_dirs.filePath(QStringLiteral("bad")),
                QStringLiteral("frobnicate") },
            &code, &errors);
        QCOMPARE(code, 1);
        QVERIFY2(errors.contains("unknown command"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
