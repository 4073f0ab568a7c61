// SPDX-License-Identifier: GPL-3.0-or-later
// What a person does to a message already in a chat: correct or retract their own (XEP-0308,
// XEP-0424), and add or remove a reaction (XEP-0444). Sent from the account that owns the
// chat, and applied to the local store at once.
#pragma once

#include <functional>

#include <QFuture>
#include <QObject>

class Account;
class MessageAmendments;
class MessageStore;
struct Message;

class MessageActions : public QObject
{
    Q_OBJECT
public:
    using AccountLookup = std::function<Account *(const QString &jid)>;

    MessageActions(MessageStore *messages, MessageAmendments *amendments, AccountLookup accounts,
        QObject *parent = nullptr);

    QFuture<void> correct(qint64 rowId, const QString &text);
    QFuture<void> retract(qint64 rowId);
    // Adds the emoji to our reactions on the message, or removes it when it is there.
    QFuture<void> toggleReaction(qint64 rowId, const QString &emoji);

Q_SIGNALS:
    // Something could not be done, in words for a person.
    void failed(const QString &reason);

private:
    // The connected account of `message`, or nullptr after reporting why not.
    Account *sender(const Message &message);

    MessageStore *m_messages;
    MessageAmendments *m_amendments;
    AccountLookup m_accounts;
};
