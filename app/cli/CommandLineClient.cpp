// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLineClient.h"

#include <algorithm>
#include <cstdio>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

#include "capability/MessagePipeline.h"
#include "messaging/Outbox.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

const char *stateName(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return "pending";
    case MessageState::Sent:
        return "sent";
    case MessageState::Delivered:
        return "delivered";
    case MessageState::Read:
        return "read";
    case MessageState::Failed:
        return "failed";
    case MessageState::Received:
        return "received";
    }
    return "unknown";
}
} // namespace

CommandLineClient::CommandLineClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_session(std::make_unique<SessionCore>(m_options.databasePath))
{ }

CommandLineClient::~CommandLineClient() = default;

QByteArray CommandLineClient::toJsonLine(const Message &m)
{
    QJsonObject object {
        { QStringLiteral("account"), m.account },
        { QStringLiteral("chat"), m.chatJid },
        { QStringLiteral("from"), m.sender },
        { QStringLiteral("outgoing"), m.outgoing },
        { QStringLiteral("body"), m.body },
        { QStringLiteral("time"),
            QDateTime::fromMSecsSinceEpoch(m.timestamp, QTimeZone::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("state"), QString::fromLatin1(stateName(m.state)) },
    };
    if (!m.originId.isEmpty()) {
        object.insert(QStringLiteral("id"), m.originId);
    }
    if (!m.stanzaId.isEmpty()) {
        object.insert(QStringLiteral("archiveId"), m.stanzaId);
    }
    // How it travelled (absent: in plaintext, as before there was encryption).
    static const char *const encryptions[]
        = { "none", "omemo-0.3", "omemo-2", "plaintext-in-encrypted-chat" };
    if (m.encryption != MessageEncryption::None) {
        object.insert(QStringLiteral("encryption"), QString::fromLatin1(encryptions[int(m.encryption) & 3]));
    }
    if (m.kind == MessageKind::Undecryptable) {
        object.insert(QStringLiteral("undecryptable"), m.errorText);
    } else if (m.outgoing && m.state == MessageState::Pending && !m.holdReason.isEmpty()) {
        object.insert(QStringLiteral("held"), m.holdReason);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void CommandLineClient::run(const QString &command, const QStringList &arguments)
{
    const auto needs = [&](int count) {
        if (arguments.size() < count) {
            fail(QStringLiteral("'%1' needs %2 argument(s); see --help").arg(command).arg(count));
            return false;
        }
        return true;
    };
    if (command == QLatin1String("send")) {
        if (needs(2)) {
            send(arguments.at(0), arguments.at(1), arguments.value(2));
        }
    } else if (command == QLatin1String("listen")) {
        listen();
    } else if (command == QLatin1String("chats")) {
        listChats();
    } else if (command == QLatin1String("search")) {
        if (needs(1)) {
            search(arguments.join(QLatin1Char(' ')));
        }
    } else if (command == QLatin1String("export")) {
        if (needs(1)) {
            exportChat(arguments.at(0));
        }
    } else {
        fail(QStringLiteral("unknown command '%1' (send, listen, chats, search, export)").arg(command));
    }
}

void CommandLineClient::whenConnected(std::function<void()> next)
{
    if (m_options.jid.isEmpty()) {
        fail(QStringLiteral("this command needs an account: --jid and ISTHMUS_PASSWORD"));
        return;
    }
    m_session->accounts()->login(m_options.jid, m_options.password, m_options.host, m_options.port);
    if (m_session->accounts()->connectionState() == AccountSet::ConnectionState::Failed) {
        fail(m_session->accounts()->errorText());
        return;
    }
    auto handled = std::make_shared<bool>(false);
    connect(m_session->accounts(), &AccountSet::connectionStateChanged, this, [this, next, handled] {
        if (*handled) {
            return;
        }
        if (m_session->accounts()->connectionState() == AccountSet::ConnectionState::Connected) {
            *handled = true;
            next();
        } else if (m_session->accounts()->connectionState() == AccountSet::ConnectionState::Failed) {
            *handled = true;
            fail(m_session->accounts()->errorText());
        }
    });
    QTimer::singleShot(m_options.timeoutMs, this, [this, handled] {
        if (!*handled) {
            *handled = true;
            fail(QStringLiteral("no connection to %1 within %2 s")
                    .arg(m_options.jid)
                    .arg(m_options.timeoutMs / 1000));
        }
    });
}

void CommandLineClient::send(const QString &to, const QString &text, const QString &id)
{
    whenConnected([this, to, text, id] {
        m_session->outbox()->sendText(to, text, id).then(this, [this, to, id](std::optional<Message> stored) {
            if (stored) {
                writeLine(toJsonLine(*stored));
            } else if (id.isEmpty()) {
                fail(QStringLiteral("the message could not be stored"));
                return;
            }
            // Done once the server acknowledged it; with a caller's id that an earlier run already
            // stored, the outbox resends it on connect and this waits for that.
            waitUntilSent(to, stored ? stored->originId : id);
        });
    });
}

void CommandLineClient::waitUntilSent(const QString &to, const QString &originId)
{
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll, to, originId] {
        m_session->messageStore()
            ->outgoingState(m_session->accounts()->primaryJid(), originId)
            .then(this, [this, poll, to, originId](std::optional<MessageState> state) {
                if (!poll->isActive() || !state || *state == MessageState::Pending) {
                    return;
                }
                poll->stop();
                if (*state == MessageState::Failed) {
                    // Bounced (the address does not exist, the server refuses it): the command
                    // fails with the server's reason instead of waiting for an ack that never counts.
                    failWithReason(to, originId);
                } else {
                    done();
                }
            });
    });
    poll->start();
}

void CommandLineClient::failWithReason(const QString &to, const QString &originId)
{
    m_session->messageStore()
        ->chatHistory(m_session->accounts()->primaryJid(), to)
        .then(this, [this, originId](const QList<Message> &messages) {
            const auto it = std::find_if(messages.cbegin(), messages.cend(),
                [&](const Message &message) { return message.outgoing && message.originId == originId; });
            const QString reason = it != messages.cend() ? it->errorText : QString();
            fail(reason.isEmpty() ? QStringLiteral("the message was not delivered")
                                  : QStringLiteral("the message was not delivered: %1").arg(reason));
        });
}

void CommandLineClient::listen()
{
    whenConnected([this] {
        connect(m_session->pipeline(), &MessagePipeline::messageStored, this,
            [](const Message &message) { writeLine(toJsonLine(message)); });
        std::fprintf(
            stderr, "listening as %s; Ctrl+C to stop\n", qPrintable(m_session->accounts()->primaryJid()));
    });
}

void CommandLineClient::listChats()
{
    m_session->messageStore()->chats().then(this, [this](const QList<Chat> &chats) {
        for (const Chat &chat : chats) {
            const QJsonObject object {
                { QStringLiteral("account"), chat.account },
                { QStringLiteral("chat"), chat.jid },
                { QStringLiteral("name"), chat.name },
                { QStringLiteral("unread"), chat.unread },
                { QStringLiteral("lastActivity"),
                    QDateTime::fromMSecsSinceEpoch(chat.lastActivity, QTimeZone::UTC)
                        .toString(Qt::ISODateWithMs) },
                { QStringLiteral("lastMessage"), chat.lastMessage },
            };
            writeLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        done();
    });
}

void CommandLineClient::search(const QString &text)
{
    m_session->messageStore()->search(text, 200).then(this, [this](const QList<Message> &messages) {
        for (const Message &message : messages) {
            writeLine(toJsonLine(message));
        }
        done();
    });
}

void CommandLineClient::exportChat(const QString &chatJid)
{
    if (m_options.jid.isEmpty()) {
        fail(QStringLiteral("export needs --jid: whose chat with %1?").arg(chatJid));
        return;
    }
    m_session->messageStore()
        ->chatHistory(m_options.jid, chatJid)
        .then(this, [this](const QList<Message> &messages) {
            for (const Message &message : messages) {
                writeLine(toJsonLine(message));
            }
            done();
        });
}

void CommandLineClient::fail(const QString &message)
{
    std::fprintf(stderr, "isthmus-cli: %s\n", qPrintable(message));
    Q_EMIT finished(1);
}

void CommandLineClient::done()
{
    Q_EMIT finished(0);
}
