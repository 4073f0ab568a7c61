// SPDX-License-Identifier: GPL-3.0-or-later
// Ad-hoc commands (XEP-0050), client side: which commands an entity offers (disco#items on the
// commands node) and running one as a Xep0050CommandSession. Every request goes through an
// IqSender (the account's QXmppClient, or a test's injector) and fails with a clear error when
// the entity does not answer within the timeout.
#pragma once

#include <chrono>
#include <functional>
#include <variant>

#include <QObject>
#include <QXmppClient.h>
#include <QXmppError.h>
#include <QXmppTask.h>

class Xep0050CommandSession;

struct Xep0050Command
{
    QString jid; // who runs it
    QString node;
    QString name;
};

class Xep0050AdHocCommands : public QObject
{
    Q_OBJECT
public:
    using IqSender = std::function<QXmppTask<QXmppClient::IqResult>(QXmppIq &&)>;
    using ListResult = std::variant<QList<Xep0050Command>, QXmppError>;
    // Past this many, an entity's list of commands is bad input.
    static constexpr qsizetype maxCommands = 500;

    explicit Xep0050AdHocCommands(IqSender sender, QObject *parent = nullptr);
    // Sends through the client: its answers are matched by id and sender.
    static IqSender senderFor(QXmppClient *client);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QXmppTask<ListResult> listCommands(const QString &jid);
    // A session for one run of `node` at `jid`, owned by parent; nothing is sent before start().
    Xep0050CommandSession *session(const QString &jid, const QString &node, QObject *parent = nullptr);

    // Sends iq; the answer, or a timeout error after timeout(). A late answer is dropped.
    static QXmppTask<QXmppClient::IqResult> send(
        const IqSender &sender, QXmppIq &&iq, std::chrono::milliseconds timeout, QObject *context);

private:
    IqSender m_sender;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(60) };
};
