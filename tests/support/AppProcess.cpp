// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppProcess.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include "ProcessStopper.h"
#include "ScreenshotCheck.h"

AppProcess::AppProcess(QString executable, QString dataDir)
    : m_executable(std::move(executable))
    , m_dataDir(std::move(dataDir))
    , m_logPath(m_dataDir + QStringLiteral("/app.log"))
{
    QDir().mkpath(m_dataDir);
}

AppProcess::~AppProcess()
{
    stop();
}

bool AppProcess::start(const QString &jid, const QString &password, const QString &host, quint16 port,
    const QStringList &extraArguments)
{
    QStringList arguments { QStringLiteral("--jid"), jid, QStringLiteral("--host"), host,
        QStringLiteral("--port"), QString::number(port) };
    arguments += extraArguments;
    return launch(arguments, password);
}

bool AppProcess::startWith(const QStringList &arguments)
{
    return launch(arguments, std::nullopt);
}

bool AppProcess::launch(const QStringList &extraArguments, const std::optional<QString> &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (password) {
        env.insert(QStringLiteral("ISTHMUS_PASSWORD"), *password);
    } else {
        env.remove(QStringLiteral("ISTHMUS_PASSWORD"));
    }
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataDir + QStringLiteral("/xdg"));
    if (!env.contains(QStringLiteral("QT_QUICK_CONTROLS_STYLE"))) {
        env.insert(QStringLiteral("QT_QUICK_CONTROLS_STYLE"), QStringLiteral("org.kde.desktop"));
    }
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app draws on the real (or Xvfb) display
    env.insert(QStringLiteral("ISTHMUS_TRACE_FOCUS"), QStringLiteral("1"));
    env.insert(m_extraEnvironment);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_logPath);
    QStringList arguments { QStringLiteral("--data-dir"), m_dataDir };
    arguments += extraArguments;
    m_process.start(m_executable, arguments);
    return m_process.waitForStarted(10000);
}

void AppProcess::setEnvironment(const QString &name, const QString &value)
{
    m_extraEnvironment.insert(name, value);
}

void AppProcess::stop()
{
    stopProcess(m_process);
}

void AppProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void AppProcess::waitForExit()
{
    m_process.waitForFinished(-1);
}

QString AppProcess::databasePath() const
{
    return m_dataDir + QStringLiteral("/isthmus.sqlite");
}

QVariant AppProcess::queryValue(const QString &sql) const
{
    if (!QFileInfo::exists(databasePath())) {
        return {};
    }
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool AppProcess::waitForValue(const QString &sql, const QVariant &expected, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && isRunning()) {
        if (queryValue(sql) == expected) {
            return true;
        }
        QTest::qWait(100);
    }
    return queryValue(sql) == expected;
}

bool AppProcess::screenshot(const QString &path)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // The app's window if it can be found, else the whole screen.
    QProcess search;
    search.start(QStringLiteral("xdotool"),
        { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
            QStringLiteral("Isthmus") });
    search.waitForFinished(5000);
    const QString window
        = QString::fromLatin1(search.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
    const QString target = window.isEmpty() ? QStringLiteral("root") : window;
    // An app still starting shows a blank display: a load average of 8 kept it so for over the
    // fixed pauses the tests had. Take it again until it is drawn; the limit is for a hang.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const bool taken
            = QProcess::execute(QStringLiteral("import"), { QStringLiteral("-window"), target, path }) == 0
            && QFileInfo(path).size() > 0;
        if (!taken) {
            return false;
        }
        if (distinctColours(path) > 12 || waited.elapsed() > 60000) {
            return true;
        }
        QTest::qWait(250);
    }
}

bool AppProcess::typeText(const QString &text, bool pressReturn)
{
    // Without a window manager nothing gives the window keyboard focus: ask for it.
    QProcess::execute(QStringLiteral("xdotool"),
        { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
            QStringLiteral("Isthmus"), QStringLiteral("windowfocus"), QStringLiteral("--sync") });
    return QProcess::execute(QStringLiteral("xdotool"),
               { QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"), text })
        == 0
        && (!pressReturn
            || QProcess::execute(
                   QStringLiteral("xdotool"), { QStringLiteral("key"), QStringLiteral("Return") })
                == 0);
}

bool AppProcess::waitForWindow(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QProcess search;
        search.start(QStringLiteral("xdotool"),
            { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                QStringLiteral("Isthmus") });
        search.waitForFinished(5000);
        if (search.exitCode() == 0 && !search.readAllStandardOutput().trimmed().isEmpty())
            return true;
        QTest::qWait(100);
    } while (!deadline.hasExpired());
    return false;
}

bool AppProcess::resizeWindow(int width, int height)
{
    // Without --sync (it waits for a change that never comes when the size is already right);
    // retried, because under load the window may be between map and first paint.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (QProcess::execute(QStringLiteral("xdotool"),
                { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                    QStringLiteral("Isthmus"), QStringLiteral("windowsize"), QString::number(width),
                    QString::number(height) })
            == 0) {
            QTest::qWait(300);
            return true;
        }
        QTest::qWait(500);
    }
    return false;
}

bool AppProcess::pressKeys(const QString &keys)
{
    QProcess::execute(QStringLiteral("xdotool"),
        { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
            QStringLiteral("Isthmus"), QStringLiteral("windowfocus"), QStringLiteral("--sync") });
    return QProcess::execute(QStringLiteral("xdotool"), { QStringLiteral("key"), keys }) == 0;
}

bool AppProcess::scrollAt(int x, int y, int clicks)
{
    // X11 buttons 4 and 5 are the wheel's up and down.
    return QProcess::execute(QStringLiteral("xdotool"),
               { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                   QStringLiteral("Isthmus"), QStringLiteral("mousemove"), QStringLiteral("--window"),
                   QStringLiteral("%1"), QString::number(x), QString::number(y), QStringLiteral("click"),
                   QStringLiteral("--repeat"), QString::number(qAbs(clicks)), QStringLiteral("--delay"),
                   QStringLiteral("30"), clicks > 0 ? QStringLiteral("4") : QStringLiteral("5") })
        == 0;
}

bool AppProcess::waitForFocus(const QStringList &parts, int timeoutMs) const
{
    const auto focused = [&] {
        const QString log = output();
        const qsizetype last = log.lastIndexOf(QStringLiteral("focus: "));
        if (last < 0) {
            return false;
        }
        const QString line = log.mid(last, log.indexOf(u'\n', last) - last);
        return std::all_of(
            parts.cbegin(), parts.cend(), [&](const QString &part) { return line.contains(part); });
    };
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && isRunning()) {
        if (focused()) {
            return true;
        }
        QTest::qWait(50);
    }
    return focused();
}

QString AppProcess::output() const
{
    QFile file(m_logPath);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
