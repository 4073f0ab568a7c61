// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypingNotifier.h"

#include <QTimer>

namespace {
QString keyOf(const QString &account, const QString &chatJid)
{
    return account + QLatin1Char('/') + chatJid;
}
} // namespace

TypingNotifier::TypingNotifier(Send send, QObject *parent) : QObject(parent), m_send(std::move(send)) { }

TypingNotifier::~TypingNotifier() = default;

TypingNotifier::Chat &TypingNotifier::chat(const QString &account, const QString &chatJid)
{
    auto &entry = m_chats[keyOf(account, chatJid)];
    if (!entry) {
        entry = std::make_shared<Chat>();
        entry->pause = std::make_unique<QTimer>();
        entry->pause->setSingleShot(true);
        connect(entry->pause.get(), &QTimer::timeout, this,
            [this, account, chatJid] { tell(account, chatJid, Paused); });
    }
    return *entry;
}

void TypingNotifier::tell(const QString &account, const QString &chatJid, State state)
{
    Chat &c = chat(account, chatJid);
    if (c.told == state) {
        return;
    }
    if (m_send(account, chatJid, state)) {
        c.told = state;
    }
}

void TypingNotifier::typed(const QString &account, const QString &chatJid)
{
    tell(account, chatJid, Composing);
    Chat &c = chat(account, chatJid);
    c.pause->start(m_pauseAfter);
}

void TypingNotifier::setState(const QString &account, const QString &chatJid, State state)
{
    if (state == Composing) {
        typed(account, chatJid);
        return;
    }
    chat(account, chatJid).pause->stop();
    tell(account, chatJid, state);
}

void TypingNotifier::messageSent(const QString &account, const QString &chatJid)
{
    Chat &c = chat(account, chatJid);
    c.pause->stop();
    c.told = Active; // the message says so
}
