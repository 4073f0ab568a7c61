// SPDX-License-Identifier: GPL-3.0-or-later
// What we think of remote identity keys, as rows (omemo_trust), and the trust decisions of
// XEP-0450 trust messages that wait until their sender's key is verified
// (omemo_postponed_trust). Keys in the 33-byte Curve25519 form. Database thread only.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMultiHash>
#include <QSqlDatabase>
#include <QString>

#include "omemo/OmemoTrust.h"

namespace OmemoTrustRows {

// Undecided when the key has no row.
OmemoTrust trust(const QSqlDatabase &db, qint64 accountId, const QString &jid, const QByteArray &key);
// Returns whether it changed.
bool setTrust(
    const QSqlDatabase &db, qint64 accountId, const QString &jid, const QByteArray &key, OmemoTrust trust);
// Every key with that trust, by JID.
QMultiHash<QString, QByteArray> keysWith(const QSqlDatabase &db, qint64 accountId, OmemoTrust trust);

struct Postponed
{
    QString owner;
    QByteArray key;
    OmemoTrust trust = OmemoTrust::Verified; // Verified or Distrusted
};
// How many decisions one sender may leave waiting, whatever the key it sends with: a contact we
// never verified cannot fill the database with them (a new key costs a sender nothing).
constexpr int maxPostponedPerSender = 64;
// Keeps decisions from the sender's key (not verified yet); returns how many were kept.
int postpone(const QSqlDatabase &db, qint64 accountId, const QString &senderJid, const QByteArray &senderKey,
    const QList<Postponed> &decisions);
// The decisions that waited for this key, deleted as they are handed over.
QList<Postponed> takePostponed(
    const QSqlDatabase &db, qint64 accountId, const QString &senderJid, const QByteArray &senderKey);

} // namespace OmemoTrustRows
