// SPDX-License-Identifier: GPL-3.0-or-later
// One chat's messages, newest first (row 0 is the newest, for a bottom-to-top ListView), paged
// from the MessageStore by keyset as the view scrolls back; past the oldest stored row, older
// pages come from the account's archive on the server (loadingOlder while they do).
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QQmlEngine>

#include "storage/Message.h"

class ChatArchivePager;
class MessageAmendments;
class MessageStore;

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")
    Q_PROPERTY(QString chatJid READ chatJid CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // 0 until the chat's row is known (it may be resolved before the page showing it exists).
    Q_PROPERTY(qint64 chatId READ chatId NOTIFY chatIdResolved)
    // Older messages are on their way from the server (the view shows a spinner).
    Q_PROPERTY(bool loadingOlder READ loadingOlder NOTIFY loadingOlderChanged)
    // The chat's first message is loaded: nothing older exists here or on the server.
    Q_PROPERTY(bool atBeginning READ atBeginning NOTIFY atBeginningChanged)
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
        // Replies: { sender, outgoing, body } of the answered message when loaded; else, when the
        // sender included a quote (XEP-0461 fallback), that, with fallback: true; else {}.
        ReplyQuoteRole,
        ErrorTextRole, // outgoing and failed, or undecryptable: why, in words
        KindRole, // MessageKind: Text, or content we cannot show yet
        EncryptionRole, // MessageEncryption: 0 none, 1 OMEMO 0.3, 2 OMEMO 2, 3 plaintext in an encrypted chat
        HoldReasonRole, // outgoing and pending: why a stage holds it (no encryption key...), in words
    };
    Q_ENUM(Role)

    static constexpr int pageSize = 50;

    // `archive`: where older history comes from once the store runs out (null: nowhere). Given
    // here, before the first page loads: a model without one takes the store's end for the start.
    MessageListModel(MessageStore *store, MessageAmendments *amendments, QString account, QString chatJid,
        ChatArchivePager *archive = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Where older history comes from once the store has no more; without one, the oldest
    // stored message is the beginning.
    void setArchivePager(ChatArchivePager *pager);

    const QString &chatJid() const { return m_chatJid; }
    const QString &account() const { return m_account; }
    bool loading() const { return m_loading; }
    bool loadingOlder() const { return m_loadingOlder; }
    bool atBeginning() const { return m_atBeginning; }
    qint64 chatId() const { return m_chatId; }

Q_SIGNALS:
    void loadingChanged();
    void loadingOlderChanged();
    void atBeginningChanged();
    void chatIdResolved(qint64 chatId);
    // Older history could not be fetched from the server, in words for a person.
    void olderHistoryFailed(const QString &reason);

private:
    QVariantMap replyQuote(const Message &reply) const;
    void loadOlder();
    void loadOlderFromServer();
    void setLoadingOlder(bool loading);
    void setAtBeginning();
    void onMessageAdded(const Message &message);
    void insertSorted(const Message &message);
    void placeAddedWhileLoading();
    void onMessageChanged(const Message &message);
    void onFailed(const QString &account, const QString &originId, const QString &reason);
    void onHoldReasonChanged(const QString &account, const QString &originId, const QString &reason);
    void onStateChanged(const QString &account, const QString &originId, MessageState state);

    MessageStore *m_store;
    QString m_account;
    QString m_chatJid;
    qint64 m_chatId = 0;
    QList<Message> m_messages;
    // Added while a page was being read: the page may or may not hold them (it was read on the
    // database thread, maybe before they were committed), so they are placed once it is in.
    QList<Message> m_addedWhileLoading;
    mutable QHash<qint64, QString> m_htmlCache; // row id -> rendered body
    QPointer<ChatArchivePager> m_archive;
    bool m_loading = false;
    bool m_loadingOlder = false;
    bool m_storeExhausted = false; // every stored row older than the newest is loaded
    bool m_atBeginning = false;
    bool m_atBeginningOnceStored = false; // the server has nothing older than what the store has
    bool m_waitingForServer = false; // the last server fetch failed; retried once it is back
};
