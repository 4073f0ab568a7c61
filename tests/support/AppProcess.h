// SPDX-License-Identifier: GPL-3.0-or-later
// The real Isthmus executable started as a separate process (for UI tests and the demo), with
// ways to watch its database and to take screenshots of the X display it draws on.
#pragma once

#include <optional>

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariant>

class AppProcess
{
public:
    AppProcess(QString executable, QString dataDir);
    ~AppProcess();

    // Set in the app's environment at the next start (e.g. ISTHMUS_COLOR_SCHEME).
    void setEnvironment(const QString &name, const QString &value);
    // Logs in as jid (password through the environment, never on the command line).
    bool start(const QString &jid, const QString &password, const QString &host, quint16 port,
        const QStringList &extraArguments = {});
    // Starts with these arguments only (no account on the command line).
    bool startWith(const QStringList &arguments);
    void stop();
    // SIGKILL: no cleanup, no flush, as a crash or a power cut would end it.
    void kill();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // Waits until the app exits by itself (e.g. the user closed the window).
    void waitForExit();

    // Runs a read-only query against the app's database (WAL allows it while the app writes)
    // and returns the first column of the first row.
    QVariant queryValue(const QString &sql) const;
    // Polls queryValue(sql) until it equals expected.
    bool waitForValue(const QString &sql, const QVariant &expected, int timeoutMs = 20000) const;

    // Saves a PNG of the app's window (else the whole X display) once it is drawn (taken again
    // while it is blank, up to a minute); false if there is no display or the tool failed.
    static bool screenshot(const QString &path);
    // Types text and (unless told not to) presses Return in the focused window (xdotool).
    static bool typeText(const QString &text, bool pressReturn = true);
    // Waits until the app's window is on the display.
    static bool waitForWindow(int timeoutMs = 20000);
    // Resizes the app's window, as a person dragging its corner would.
    static bool resizeWindow(int width, int height);
    // Presses a key combination in the app's window, e.g. "ctrl+2" (xdotool key names).
    static bool pressKeys(const QString &keys);
    // Turns the mouse wheel up (positive clicks) or down at x, y of the app's window.
    static bool scrollAt(int x, int y, int clicks);

    QString output() const;
    // The keyboard focus is on an item whose report names every one of `parts` (its type, object
    // names on its way up), as the app reports it under ISTHMUS_TRACE_FOCUS, which launch() sets.
    bool waitForFocus(const QStringList &parts, int timeoutMs = 10000) const;
    QString databasePath() const;

private:
    // Passwords go through the environment, never on the command line.
    bool launch(const QStringList &arguments, const std::optional<QString> &password);

    QString m_executable;
    QString m_dataDir;
    mutable QProcess m_process;
    QString m_logPath;
    QProcessEnvironment m_extraEnvironment;
};
