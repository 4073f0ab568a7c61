// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatsController.h"

#include "messaging/MessageActions.h"
#include "models/ChatListModel.h"
#include "models/MessageListModel.h"
#include "models/SearchResultsModel.h"
#include "session/AccountContext.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/RosterStore.h"

ChatsController::ChatsController(SessionCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_list(std::make_unique<ChatListModel>(core->chatStore(), core->messageStore()))
    , m_search(std::make_unique<SearchResultsModel>(core->messageStore()))
{
    m_list->setContactFacts(core->contactFacts());
    connect(core->rosterStore(), &RosterStore::rosterChanged, m_list.get(), &ChatListModel::reload);
    connect(core, &SessionCore::chatStateReceived, this, &ChatsController::chatStateReceived);
    AccountSet *set = core->accounts();
    connect(set, &AccountSet::accountsChanged, this, &ChatsController::hasAccountChanged);
    connect(set, &AccountSet::accountAdded, this, [this](AccountContext *context) {
        // Chats open from before (the account logged in again, or enabled again) page through
        // the new connection's archive.
        m_open.removeAll(nullptr);
        for (const QPointer<MessageListModel> &chat : std::as_const(m_open)) {
            if (chat->account() == context->jid())
                chat->setArchivePager(context->chatArchive());
        }
    });
}

ChatsController::~ChatsController()
{
    // Nothing the core signals while it shuts down may reach the models.
    disconnect(m_core, nullptr, this, nullptr);
    disconnect(m_core->accounts(), nullptr, this, nullptr);
    disconnect(m_core->rosterStore(), nullptr, m_list.get(), nullptr);
}

bool ChatsController::hasAccount() const
{
    return !m_core->accounts()->primaryJid().isEmpty();
}

MessageListModel *ChatsController::open(const QString &chatJid, const QString &account)
{
    AccountContext *owner = m_core->context(account);
    auto *model = new MessageListModel(m_core->messageStore(), m_core->amendments(),
        account.isEmpty() ? m_core->accounts()->primaryJid() : account, chatJid,
        owner ? owner->chatArchive() : nullptr);
    m_open.removeAll(nullptr);
    m_open.append(model);
    QQmlEngine::setObjectOwnership(model, QQmlEngine::JavaScriptOwnership);
    return model;
}

void ChatsController::send(
    const QString &chatJid, const QString &text, const QString &account, qint64 replyToRowId)
{
    m_core->sendMessage(chatJid, text, account, replyToRowId);
}

// clang-format off
void ChatsController::correct(qint64 rowId, const QString &text) { m_core->correctMessage(rowId, text); }
void ChatsController::retract(qint64 rowId) { m_core->messageActions()->retract(rowId); }
void ChatsController::retry(qint64 rowId) { m_core->messageActions()->retry(rowId); }
void ChatsController::toggleReaction(qint64 rowId, const QString &emoji) { m_core->messageActions()->toggleReaction(rowId, emoji); }
void ChatsController::markRead(qint64 chatId) { m_core->messageActions()->markChatRead(chatId); }
void ChatsController::request(const QString &chatJid, const QString &account) { Q_EMIT chatRequested(chatJid, account); }
// clang-format on

void ChatsController::setChatState(const QString &chatJid, ChatState state, const QString &account)
{
    m_core->setChatState(chatJid, state, account);
}

void ChatsController::setViewed(const QString &chatJid, const QString &account)
{
    m_viewedJid = chatJid;
    m_viewedAccount = account;
}

bool ChatsController::isViewed(const QString &account, const QString &chatJid) const
{
    return !m_viewedJid.isEmpty() && m_viewedJid == chatJid
        && (m_viewedAccount.isEmpty() ? account == m_core->accounts()->primaryJid()
                                      : account == m_viewedAccount);
}
