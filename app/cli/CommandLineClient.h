// SPDX-License-Identifier: GPL-3.0-or-later
// isthmus-cli's commands on the same core as the app: send, listen, chats, search, export.
// Output is JSON lines on stdout; errors are sentences on stderr and a non-zero exit code.
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QStringList>

class SessionCore;
struct Message;

class CommandLineClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString jid;
        QString password;
        QString host;
        int port = 0;
        QString databasePath;
        int timeoutMs = 30000;
    };

    explicit CommandLineClient(Options options, QObject *parent = nullptr);
    ~CommandLineClient() override;

    // Starts the command; the exit code arrives through finished().
    void run(const QString &command, const QStringList &arguments);

    static QByteArray toJsonLine(const Message &message);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void send(const QString &to, const QString &text, const QString &id);
    void waitUntilSent(const QString &to, const QString &originId);
    void failWithReason(const QString &to, const QString &originId);
    void listen();
    void listChats();
    void search(const QString &text);
    void exportChat(const QString &chatJid);
    void whenConnected(std::function<void()> next);
    void fail(const QString &message);
    void done();

    Options m_options;
    std::unique_ptr<SessionCore> m_session;
};
