// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts the person set up, kept across restarts (never their passwords).
#pragma once

#include <QFuture>
#include <QList>
#include <QObject>

#include "account/AccountConfig.h"

class Database;

class AccountStore : public QObject
{
    Q_OBJECT
public:
    // One configured account as the accounts list shows it.
    struct Entry
    {
        QString jid;
        bool enabled = true;
    };

    explicit AccountStore(Database *database, QObject *parent = nullptr);

    // Saves jid, host, port and enabled; the password and pin fields are ignored.
    QFuture<void> save(const AccountConfig &config, bool enabled = true);
    QFuture<QList<AccountConfig>> configuredAccounts(bool enabledOnly = true);
    // Forgets the setup (and a trusted certificate); the history stays.
    QFuture<void> forget(const QString &jid);
    // Every configured account, enabled or not, in the order they were set up.
    QFuture<QList<Entry>> entries();
    // A disabled account stays set up but is not connected at start.
    QFuture<void> setEnabled(const QString &jid, bool enabled);
    // The certificate trusted for this account despite its errors (see AccountConfig).
    QFuture<void> setCertificatePin(const QString &jid, const QString &sha256Hex);
    QFuture<QString> certificatePin(const QString &jid);

private:
    Database *m_database;
};
