// SPDX-License-Identifier: GPL-3.0-or-later
// What QML (and the CLI) ask of OMEMO: whether a chat is encrypted and the per-chat choice; the
// devices of a contact or of our own account with fingerprints and trust, and changing that trust.
// Reached by Session.controller("omemo"). Answers come as signals (the data is on the database
// thread).
#pragma once

#include <functional>

#include <QFuture>
#include <QObject>
#include <QVariantList>

class Database;
class MessageStore;
class OmemoAccount;

class OmemoController : public QObject
{
    Q_OBJECT
public:
    using Lookup = std::function<OmemoAccount *(const QString &accountJid)>;
    OmemoController(Database *database, MessageStore *store, Lookup lookup, QObject *parent = nullptr);

    // Whether the chat is encrypted now (the choice, or automatic: the contact publishes devices).
    QFuture<bool> isChatEncrypted(const QString &account, const QString &chatJid) const;
    QFuture<void> setChatEncrypted(const QString &account, const QString &chatJid, bool on);

    // For QML: the answer comes as chatEncryptionChanged.
    Q_INVOKABLE void requestChatEncryption(const QString &account, const QString &chatJid);
    Q_INVOKABLE void setChatEncryption(const QString &account, const QString &chatJid, bool on);

    // [{ jid, deviceId, version ("OMEMO 2"/"OMEMO 0.3"), fingerprint (groups of 8 hex), trust
    // (0 undecided, 1 blindly trusted, 2 verified, 3 distrusted), own (this device) }] of the JID
    // and of our own account; the answer comes as devicesReady.
    Q_INVOKABLE void requestDevices(const QString &account, const QString &jid);
    QFuture<QVariantList> devices(const QString &account, const QString &jid) const;
    // Trust for the identity key shown by `fingerprint` (as devices() gives it).
    Q_INVOKABLE void setTrust(
        const QString &account, const QString &jid, const QString &fingerprint, int trust);

    // Takes another device of our own account off our device lists and its keys off the server
    // (OmemoAccount::removeOwnDevice); the outcome comes as ownDeviceRemoved (an empty error: done).
    Q_INVOKABLE void removeOwnDevice(const QString &account, int deviceId);

    // The `xmpp:` trust URI of our own account (OmemoTrustUri: OMEMO 2 keys in the XEP-0450 form,
    // legacy ones as omemo-sid-) for a QR code; the answer comes as ownTrustUriReady.
    Q_INVOKABLE void requestOwnTrustUri(const QString &account);
    QFuture<QString> ownTrustUri(const QString &account) const;
    // A scanned or pasted trust URI: each key it names that its JID showed us becomes Verified;
    // the outcome in words comes as trustUriApplied (verified keys, keys not seen yet, or why the
    // text is no trust URI).
    Q_INVOKABLE void applyTrustUri(const QString &account, const QString &text);

    // 32 bytes (or the 33-byte form) as people compare them: lowercase hex in groups of 8.
    static QString fingerprint(const QByteArray &identityKey);

Q_SIGNALS:
    void chatEncryptionChanged(const QString &account, const QString &chatJid, bool encrypted);
    void devicesReady(const QString &account, const QString &jid, const QVariantList &devices);
    void trustChanged(const QString &account, const QString &jid);
    void ownTrustUriReady(const QString &account, const QString &uri);
    // `error` in English source form (qsTranslate("OmemoReason", error) shows it).
    void ownDeviceRemoved(const QString &account, int deviceId, const QString &error);
    void trustUriApplied(
        const QString &account, const QString &jid, int verified, int unknown, const QString &message);

private:
    Database *m_database;
    MessageStore *m_store;
    Lookup m_lookup;
};
