// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatComposer.h"

#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/RootController.h"
#include "models/Session.h"

ChatComposer::ChatComposer(QObject *parent) : QObject(parent)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(draftDelay);
    connect(&m_draftTimer, &QTimer::timeout, this, &ChatComposer::saveDraft);
}

ChatComposer::~ChatComposer()
{
    if (m_draftTimer.isActive()) {
        saveDraft();
    }
}

void ChatComposer::setChats(ChatsController *chats)
{
    if (m_chats == chats) {
        return;
    }
    if (m_chats) {
        disconnect(m_chats, nullptr, this, nullptr);
    }
    m_chats = chats;
    if (m_chats) {
        connect(m_chats, &ChatsController::hasAccountChanged, this, &ChatComposer::canSendChanged);
    }
    Q_EMIT chatsChanged();
    Q_EMIT canSendChanged();
    restoreDraft();
}

void ChatComposer::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    m_session = session;
    Q_EMIT sessionChanged();
    setChats(session ? session->root()->chats() : nullptr);
}

void ChatComposer::setChatJid(const QString &jid)
{
    if (m_chatJid == jid) {
        return;
    }
    m_chatJid = jid;
    Q_EMIT chatChanged();
}

void ChatComposer::setAccount(const QString &account)
{
    if (m_account == account) {
        return;
    }
    m_account = account;
    Q_EMIT chatChanged();
}

void ChatComposer::setChatId(qint64 chatId)
{
    if (m_chatId == chatId) {
        return;
    }
    m_chatId = chatId;
    Q_EMIT chatChanged();
    restoreDraft();
}

void ChatComposer::setText(const QString &text)
{
    if (m_text == text) {
        return;
    }
    replaceText(text);
    if (m_editingId == 0) {
        m_draftTimer.start();
    }
    if (!text.isEmpty() && m_chats) {
        m_chats->setChatState(m_chatJid, ChatsController::Composing, m_account);
    }
}

bool ChatComposer::canSend() const
{
    return m_chats && m_chats->hasAccount() && !m_text.trimmed().isEmpty();
}

void ChatComposer::startReply(qint64 rowId, const QString &quotedText)
{
    if (m_editingId != 0) {
        leaveEdit();
    }
    m_replyToId = rowId;
    m_replyToText = quotedText;
    Q_EMIT targetChanged();
}

void ChatComposer::startEdit(qint64 rowId, const QString &body)
{
    if (m_editingId == 0) {
        // The draft as it is now, stored before the field shows the edit.
        if (m_draftTimer.isActive()) {
            saveDraft();
        }
        m_draftBeforeEdit = m_text;
    }
    m_replyToId = 0;
    m_replyToText.clear();
    m_editingId = rowId;
    replaceText(body);
    Q_EMIT targetChanged();
}

void ChatComposer::cancel()
{
    if (m_editingId != 0) {
        leaveEdit();
    }
    m_replyToId = 0;
    m_replyToText.clear();
    Q_EMIT targetChanged();
}

bool ChatComposer::send()
{
    if (!m_chats || m_text.trimmed().isEmpty()) {
        return false;
    }
    if (m_editingId != 0) {
        m_chats->correct(m_editingId, m_text);
        leaveEdit();
    } else {
        m_chats->send(m_chatJid, m_text, m_account, m_replyToId);
        replaceText({});
        saveDraft();
    }
    m_replyToId = 0;
    m_replyToText.clear();
    Q_EMIT targetChanged();
    Q_EMIT sent();
    return true;
}

void ChatComposer::replaceText(const QString &text)
{
    if (m_text == text) {
        return;
    }
    m_text = text;
    Q_EMIT textChanged();
    Q_EMIT canSendChanged();
}

void ChatComposer::restoreDraft()
{
    if (!m_chats || m_chatId <= 0 || m_restoredChatId == m_chatId) {
        return;
    }
    m_restoredChatId = m_chatId;
    // Typed before the chat was known (its row may come after the page): kept, and stored soon.
    if (!m_text.isEmpty()) {
        if (m_editingId == 0) {
            m_draftTimer.start();
        }
        return;
    }
    replaceText(m_chats->list()->draftOf(m_chatId));
}

void ChatComposer::saveDraft()
{
    m_draftTimer.stop();
    if (m_chats && m_chatId > 0 && m_editingId == 0) {
        m_chats->list()->saveDraft(m_chatId, m_text);
    }
}

void ChatComposer::leaveEdit()
{
    m_editingId = 0;
    replaceText(m_draftBeforeEdit);
    m_draftBeforeEdit.clear();
}
