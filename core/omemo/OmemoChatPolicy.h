// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a chat is encrypted: the user's choice kept with the chat (chats.encryption), or, when
// there is none, on for a contact that publishes OMEMO devices. Database thread only (the
// stages ask it inside their own database jobs).
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

namespace OmemoChatPolicy {

// nullopt: no choice made (automatic).
std::optional<bool> choice(const QSqlDatabase &db, qint64 accountId, const QString &chatJid);
void setChoice(const QSqlDatabase &db, qint64 accountId, const QString &chatJid, std::optional<bool> on);
// Devices of the JID in either version's last known list.
bool publishesDevices(const QSqlDatabase &db, qint64 accountId, const QString &jid);
bool isEncrypted(const QSqlDatabase &db, qint64 accountId, const QString &chatJid);

} // namespace OmemoChatPolicy
