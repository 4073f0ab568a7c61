// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfflineCopyHold.h"

#include "ReceivedMessage.h"

QList<QString> OfflineCopyHold::keys(const Message &m)
{
    QList<QString> keys;
    if (!m.stanzaId.isEmpty()) {
        keys.append(QStringLiteral("s\n") + m.stanzaIdBy + QLatin1Char('\n') + m.stanzaId);
    }
    if (!m.originId.isEmpty()) {
        keys.append(QStringLiteral("o\n") + m.sender + QLatin1Char('\n') + m.originId);
    }
    return keys;
}

void OfflineCopyHold::start(const QString &account)
{
    if (!m_accounts.contains(account)) {
        m_accounts.insert(account, {});
    }
}

QList<OfflineCopyHold::Copy> OfflineCopyHold::end(const QString &account)
{
    QList<Copy> left;
    const Held held = m_accounts.take(account);
    for (const std::optional<Copy> &copy : held.copies) {
        if (copy) {
            left.append(*copy);
        }
    }
    return left;
}

void OfflineCopyHold::add(const QString &account, const Copy &copy)
{
    Held &held = m_accounts[account];
    if (copy.keep) {
        for (const QString &key : keys(copy.received->message)) {
            held.copyByKey.insert(key, held.copies.size());
        }
    }
    held.copies.append(copy);
    ++held.waiting;
}

std::optional<OfflineCopyHold::Copy> OfflineCopyHold::takeCopyOf(
    const QString &account, const Message &message)
{
    auto held = m_accounts.find(account);
    if (held == m_accounts.end()) {
        return std::nullopt;
    }
    const QList<QString> messageKeys = keys(message);
    for (const QString &key : messageKeys) {
        const qsizetype index = held->copyByKey.value(key, -1);
        if (index >= 0 && held->copies.at(index)) {
            std::optional<Copy> copy = std::exchange(held->copies[index], std::nullopt);
            for (const QString &copyKey : keys(copy->received->message)) {
                held->copyByKey.remove(copyKey);
            }
            --held->waiting;
            return copy;
        }
    }
    // Remembered from the start of a long catch-up: offline delivery hands over the oldest first.
    if (held->pageStored.size() < pageStoredLimit * 2) {
        for (const QString &key : messageKeys) {
            held->pageStored.insert(key, message);
        }
    }
    return std::nullopt;
}

std::optional<Message> OfflineCopyHold::takePageStored(const QString &account, const Message &copy)
{
    auto held = m_accounts.find(account);
    if (held == m_accounts.end()) {
        return std::nullopt;
    }
    for (const QString &key : keys(copy)) {
        if (const auto stored = held->pageStored.constFind(key); stored != held->pageStored.constEnd()) {
            const Message message = *stored;
            for (const QString &storedKey : keys(message)) {
                held->pageStored.remove(storedKey);
            }
            return message;
        }
    }
    return std::nullopt;
}

qsizetype OfflineCopyHold::waiting(const QString &account) const
{
    const auto held = m_accounts.constFind(account);
    return held == m_accounts.constEnd() ? 0 : held->waiting;
}
