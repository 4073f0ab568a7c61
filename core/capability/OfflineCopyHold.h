// SPDX-License-Identifier: GPL-3.0-or-later
// The offline copies that wait while an account's catch-up reads its archive
// (MessagePipeline::holdOfflineCopies), matched with what the catch-up's pages store by the ids
// that make two copies one message (our archive's stanza-id, or the sender's origin-id).
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QPromise>
#include <QString>

#include "storage/Message.h"

struct ReceivedMessage;

class OfflineCopyHold
{
public:
    struct Copy
    {
        std::shared_ptr<ReceivedMessage> received;
        bool keep = false; // a message to store, not only effects
        std::shared_ptr<QPromise<std::optional<Message>>> promise;
    };
    // How many messages the pages stored during one hold are remembered for copies still to come.
    static constexpr qsizetype pageStoredLimit = 5000;

    void start(const QString &account);
    bool isHolding(const QString &account) const { return m_accounts.contains(account); }
    // Ends the hold: the copies no page brought, in the order they came.
    QList<Copy> end(const QString &account);

    void add(const QString &account, const Copy &copy);
    // A page stored `message`: its waiting copy, taken out; without one, the message is kept for
    // a copy still to come.
    std::optional<Copy> takeCopyOf(const QString &account, const Message &message);
    // A copy that comes now: the message a page stored for it already, taken out.
    std::optional<Message> takePageStored(const QString &account, const Message &copy);
    qsizetype waiting(const QString &account) const;

private:
    struct Held
    {
        QList<std::optional<Copy>> copies; // in arrival order; taken ones are empty
        QHash<QString, qsizetype> copyByKey;
        QHash<QString, Message> pageStored;
        qsizetype waiting = 0;
    };
    static QList<QString> keys(const Message &m);
    QHash<QString, Held> m_accounts;
};
