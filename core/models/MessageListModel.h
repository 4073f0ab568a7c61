// SPDX-License-Identifier: GPL-3.0-or-later
// One chat's messages, newest first (row 0 is the newest, for a bottom-to-top ListView), paged
// from the MessageStore by keyset as the view scrolls back.
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>

#include "storage/Message.h"

class MessageAmendments;
class MessageStore;

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session")
    Q_PROPERTY(QString chatJid READ chatJid CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // 0 until the chat's row is known (it may be resolved before the page showing it exists).
    Q_PROPERTY(qint64 chatId READ chatId NOTIFY chatIdResolved)
public:
    enum Role {
        BodyRole = Qt::UserRole + 1,
        OutgoingRole,
        SenderRole,
        TimeRole,
        StateRole,
        MessageIdRole,
        BodyHtmlRole, // XEP-0393 styling as markup built from escaped text, for Text.StyledText
        EditedRole,
        RetractedRole,
        ReactionsRole, // [{ emoji, count, mine }]
        IsReplyRole,
        DayRole, // the local date
        FirstOfDayRole, // the oldest loaded message of its day: the view puts a day separator above it
        ReplyQuoteRole, // replies: { sender, outgoing, body } of the answered message when loaded, else {}
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 50;

    MessageListModel(MessageStore *store, MessageAmendments *amendments, QString account, QString chatJid,
        QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const QString &chatJid() const { return m_chatJid; }
    bool loading() const { return m_loading; }
    qint64 chatId() const { return m_chatId; }

Q_SIGNALS:
    void loadingChanged();
    void chatIdResolved(qint64 chatId);

private:
    QVariantMap replyQuote(const Message &reply) const;
    void loadOlder();
    void onMessageAdded(const Message &message);
    void onMessageChanged(const Message &message);
    void onStateChanged(const QString &account, const QString &originId, MessageState state);

    MessageStore *m_store;
    QString m_account;
    QString m_chatJid;
    qint64 m_chatId = 0;
    QList<Message> m_messages;
    mutable QHash<qint64, QString> m_htmlCache; // row id -> rendered body
    bool m_loading = false;
    bool m_atStart = false;
};
