// SPDX-License-Identifier: GPL-3.0-or-later
// Account passwords in the system keychain (Secret Service, KWallet, Windows and macOS
// keychains) through QtKeychain. Never a plaintext fallback: when there is no keychain the
// futures fail with a sentence saying so, and the caller asks the person instead.
#pragma once

#include <optional>

#include <QFuture>
#include <QObject>

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("isthmus"), QObject *parent = nullptr);

    // Nothing when no password is stored for the account.
    QFuture<std::optional<QString>> readPassword(const QString &jid);
    QFuture<void> writePassword(const QString &jid, const QString &password);
    QFuture<void> removePassword(const QString &jid);

private:
    QString m_service;
};
