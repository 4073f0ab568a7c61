// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListModel.h"

#include <algorithm>
#include <utility>

#include <QDateTime>
#include <QXmppUtils.h>

#include "Logging.h"
#include "messaging/ArchiveError.h"
#include "messaging/ChatArchivePager.h"
#include "messaging/Xep0393StylingParser.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"

MessageListModel::MessageListModel(MessageStore *store, MessageAmendments *amendments, QString account,
    QString chatJid, ChatArchivePager *archive, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_account(std::move(account)), m_chatJid(std::move(chatJid))
{
    setArchivePager(archive);
    connect(store, &MessageStore::messageAdded, this, &MessageListModel::onMessageAdded);
    connect(store, &MessageStore::messageStateChanged, this, &MessageListModel::onStateChanged);
    connect(store, &MessageStore::messageFailed, this, &MessageListModel::onFailed);
    connect(store, &MessageStore::holdReasonChanged, this, &MessageListModel::onHoldReasonChanged);
    connect(amendments, &MessageAmendments::messageChanged, this, &MessageListModel::onMessageChanged);
    m_loading = true;
    store->chatId(m_account, m_chatJid).then(this, [this](qint64 id) {
        m_chatId = id;
        Q_EMIT chatIdResolved(id);
        m_loading = false;
        loadOlder();
    });
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case OutgoingRole:
        return m.outgoing;
    case SenderRole:
        return m.sender;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(m.timestamp);
    case StateRole:
        return static_cast<int>(m.state);
    case MessageIdRole:
        return m.id;
    case BodyHtmlRole: {
        auto it = m_htmlCache.find(m.id);
        if (it == m_htmlCache.end()) {
            it = m_htmlCache.insert(m.id, Xep0393StylingParser::toSafeHtml(m.body));
        }
        return *it;
    }
    case EditedRole:
        return m.edited;
    case RetractedRole:
        return m.retracted;
    case ReactionsRole: {
        QVariantList summary;
        QStringList seen;
        for (const QString &emoji : m.reactions) {
            if (seen.contains(emoji)) {
                continue;
            }
            seen.append(emoji);
            summary.append(QVariantMap { { QStringLiteral("emoji"), emoji },
                { QStringLiteral("count"), m.reactions.count(emoji) },
                { QStringLiteral("mine"), m.ownReactions.contains(emoji) } });
        }
        return summary;
    }
    case IsReplyRole:
        // A retracted answer shows nothing of what it was, its quote included.
        return !m.replyToId.isEmpty() && !m.retracted;
    case ReplyQuoteRole:
        return replyQuote(m);
    case ErrorTextRole:
        return m.state == MessageState::Failed || m.kind == MessageKind::Undecryptable ? m.errorText
                                                                                       : QString();
    case KindRole:
        return static_cast<int>(m.kind);
    case EncryptionRole:
        return static_cast<int>(m.encryption);
    case HoldReasonRole:
        return m.state == MessageState::Pending ? m.holdReason : QString();
    case DayRole:
        return QDateTime::fromMSecsSinceEpoch(m.timestamp).date();
    case FirstOfDayRole: {
        const int older = index.row() + 1;
        if (older >= m_messages.size()) {
            return m_atBeginning;
        }
        return QDateTime::fromMSecsSinceEpoch(m_messages.at(older).timestamp).date()
            != QDateTime::fromMSecsSinceEpoch(m.timestamp).date();
    }
    default:
        return {};
    }
}

QVariantMap MessageListModel::replyQuote(const Message &reply) const
{
    if (reply.replyToId.isEmpty() || reply.retracted)
        return {};
    // XEP-0461 names the author by the JID the message came from, which other clients give in
    // full (with the resource); we store authors bare.
    const QString author = QXmppUtils::jidToBareJid(reply.replyToJid);
    // The answered message is usually just above the answer: the loaded rows are enough, and an
    // answer to something older shows the quote its sender included, if any.
    for (const Message &m : m_messages) {
        const bool sameAuthor = author.isEmpty() || m.sender == author;
        if (sameAuthor && (m.messageId == reply.replyToId || m.originId == reply.replyToId)) {
            return { { QStringLiteral("sender"), m.sender }, { QStringLiteral("outgoing"), m.outgoing },
                { QStringLiteral("body"), m.retracted ? QString() : m.body.left(200) } };
        }
    }
    if (!reply.replyFallback.isEmpty() && !author.isEmpty()) {
        return { { QStringLiteral("sender"), author }, { QStringLiteral("outgoing"), author == m_account },
            { QStringLiteral("body"), reply.replyFallback.left(200) }, { QStringLiteral("fallback"), true } };
    }
    return {};
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {
        { BodyRole, "body" },
        { OutgoingRole, "outgoing" },
        { SenderRole, "sender" },
        { TimeRole, "time" },
        { StateRole, "deliveryState" },
        { MessageIdRole, "messageId" },
        { BodyHtmlRole, "bodyHtml" },
        { EditedRole, "edited" },
        { RetractedRole, "retracted" },
        { ReactionsRole, "reactions" },
        { IsReplyRole, "isReply" },
        { DayRole, "day" },
        { FirstOfDayRole, "firstOfDay" },
        { ReplyQuoteRole, "replyQuote" },
        { ErrorTextRole, "errorText" },
        { HoldReasonRole, "holdReason" },
        { KindRole, "kind" },
        { EncryptionRole, "encryption" },
    };
}

void MessageListModel::setArchivePager(ChatArchivePager *pager)
{
    m_archive = pager;
    if (pager) {
        connect(pager, &ChatArchivePager::available, this, [this] { m_waitingForServer = false; });
    }
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_chatId != 0 && !m_atBeginning && !m_loading && !m_loadingOlder
        && !(m_storeExhausted && m_waitingForServer);
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    if (m_storeExhausted) {
        loadOlderFromServer();
    } else {
        loadOlder();
    }
}

void MessageListModel::setLoadingOlder(bool loading)
{
    if (m_loadingOlder != loading) {
        m_loadingOlder = loading;
        Q_EMIT loadingOlderChanged();
    }
}

void MessageListModel::setAtBeginning()
{
    if (m_atBeginning) {
        return;
    }
    m_atBeginning = true;
    Q_EMIT atBeginningChanged();
    if (!m_messages.isEmpty()) {
        const int oldest = int(m_messages.size()) - 1;
        Q_EMIT dataChanged(index(oldest), index(oldest), { FirstOfDayRole });
    }
}

void MessageListModel::loadOlderFromServer()
{
    if (!m_archive) {
        setAtBeginning();
        return;
    }
    // Rows the archive (or the background backfill) stores meanwhile that are older than the
    // oldest loaded one are left to the next store page, so each shows exactly once.
    m_storeExhausted = false;
    setLoadingOlder(true);
    m_archive->fetchOlder(m_chatJid)
        .then(this,
            [this](const ChatArchivePager::Result &result) {
                setLoadingOlder(false);
                if (result.beginning) {
                    m_atBeginningOnceStored = true;
                }
                loadOlder();
            })
        .onFailed(this,
            [this](const ArchiveError &e) {
                m_storeExhausted = true;
                m_waitingForServer = true;
                setLoadingOlder(false);
                Q_EMIT olderHistoryFailed(e.message());
            })
        .onFailed(this,
            [this](const std::exception &e) {
                qCWarning(lcModels) << "loading older history failed:" << e.what();
                m_storeExhausted = true;
                m_waitingForServer = true;
                setLoadingOlder(false);
                Q_EMIT olderHistoryFailed(QString::fromUtf8(e.what()));
            })
        .onCanceled(this, [this] {
            // The account went away mid-fetch (logged out or disabled): ask again once a
            // connection's pager is attached.
            m_storeExhausted = true;
            m_waitingForServer = true;
            setLoadingOlder(false);
        });
}

void MessageListModel::loadOlder()
{
    PageCursor cursor;
    if (!m_messages.isEmpty()) {
        cursor.sortKey = m_messages.constLast().sortKey;
        cursor.id = m_messages.constLast().id;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    m_store->messagesBefore(m_chatId, cursor, pageSize)
        .then(this,
            [this](const QList<Message> &page) {
                if (page.size() < pageSize) {
                    m_storeExhausted = true;
                }
                const int previousLast = int(m_messages.size()) - 1;
                if (!page.isEmpty()) {
                    beginInsertRows({}, int(m_messages.size()), int(m_messages.size() + page.size() - 1));
                    m_messages.append(page);
                    endInsertRows();
                }
                if (previousLast >= 0) {
                    Q_EMIT dataChanged(index(previousLast), index(previousLast), { FirstOfDayRole });
                }
                m_loading = false;
                placeAddedWhileLoading();
                Q_EMIT loadingChanged();
                // Nothing older on the server either (or no server to ask): this is the start.
                if (m_storeExhausted && (m_atBeginningOnceStored || !m_archive)) {
                    setAtBeginning();
                }
            })
        .onFailed(this, [this](const std::exception &e) {
            qCWarning(lcModels) << "loading history failed:" << e.what();
            m_loading = false;
            placeAddedWhileLoading();
            Q_EMIT loadingChanged();
        });
}

void MessageListModel::onMessageAdded(const Message &message)
{
    const bool ours = m_chatId != 0
        ? message.chatId == m_chatId
        : message.account == m_account && message.chatJid.compare(m_chatJid, Qt::CaseInsensitive) == 0;
    if (!ours) {
        return;
    }
    if (m_loading) {
        // Dropped here, a message that came while the chat opened was missing until it was
        // opened again (tst_peer_interop lost two of three that way).
        m_addedWhileLoading.append(message);
        return;
    }
    insertSorted(message);
}

void MessageListModel::placeAddedWhileLoading()
{
    const QList<Message> added = std::exchange(m_addedWhileLoading, {});
    for (const Message &message : added) {
        const bool inPage = std::any_of(
            m_messages.cbegin(), m_messages.cend(), [&](const Message &m) { return m.id == message.id; });
        if (!inPage && (m_chatId == 0 || message.chatId == m_chatId)) {
            insertSorted(message);
        }
    }
}

void MessageListModel::insertSorted(const Message &message)
{
    // Usually the newest; an archived one goes where the store placed it.
    int row = 0;
    while (row < m_messages.size()
        && std::pair(m_messages.at(row).sortKey, m_messages.at(row).id)
            > std::pair(message.sortKey, message.id)) {
        ++row;
    }
    if (row == m_messages.size() && !m_storeExhausted) {
        return; // older than what is loaded: it comes with its page
    }
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    endInsertRows();
}

void MessageListModel::onMessageChanged(const Message &message)
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == message.id) {
            m_messages[row] = message;
            m_htmlCache.remove(message.id);
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
    }
}

void MessageListModel::onFailed(const QString &account, const QString &originId, const QString &reason)
{
    if (account != m_account)
        return;
    for (int row = 0; row < m_messages.size(); ++row) {
        Message &m = m_messages[row];
        if (m.outgoing && m.originId == originId) {
            m.state = MessageState::Failed;
            m.errorText = reason;
            Q_EMIT dataChanged(index(row), index(row), { StateRole, ErrorTextRole });
            return;
        }
    }
}

void MessageListModel::onHoldReasonChanged(
    const QString &account, const QString &originId, const QString &reason)
{
    if (account != m_account)
        return;
    for (int row = 0; row < m_messages.size(); ++row) {
        Message &m = m_messages[row];
        if (m.outgoing && m.originId == originId) {
            m.holdReason = reason;
            Q_EMIT dataChanged(index(row), index(row), { HoldReasonRole });
            return;
        }
    }
}

void MessageListModel::onStateChanged(const QString &account, const QString &originId, MessageState state)
{
    if (account != m_account) {
        return;
    }
    for (int row = 0; row < m_messages.size(); ++row) {
        Message &m = m_messages[row];
        if (m.outgoing && m.originId == originId) {
            const bool failed = m.state == MessageState::Failed;
            if ((m.state < state && !failed) || (failed && state != MessageState::Sent)) {
                m.state = state;
                Q_EMIT dataChanged(index(row), index(row), { StateRole });
            }
            return;
        }
    }
}
