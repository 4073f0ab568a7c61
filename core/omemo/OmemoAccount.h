// SPDX-License-Identifier: GPL-3.0-or-later
// One account's OMEMO on the GUI thread: starts the engine (on the database thread), keeps our
// device in both device lists with fresh bundles, and encrypts and decrypts whole messages,
// choosing the version per device (OMEMO 2 where a device has it, legacy where it has only that).
#pragma once

#include <functional>
#include <memory>

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QXmppMessage.h>

#include "omemo/OmemoTrust.h"
#include "omemo/OmemoVersion.h"
#include "omemo/SharedFetches.h"

class Database;
class OmemoAtm;
class OmemoEngine;
class OmemoPep;
class QXmppClient;

class OmemoAccount : public QObject
{
    Q_OBJECT
public:
    // The client must have a QXmppPubSubManager; OmemoAccount adds its OmemoPep extension.
    // accountId 0: start() finds the account's row by the client's JID.
    OmemoAccount(QXmppClient *client, Database *database, qint64 accountId, QObject *parent = nullptr);
    ~OmemoAccount() override;

    // Loads our keys from the database (or makes them), locally: enough to encrypt and decrypt.
    // Idempotent; fails when they cannot be loaded (startFailed says why).
    QFuture<void> load();
    bool isLoaded() const { return m_engine != nullptr; }
    // Loads, then publishes our device and bundle under both namespaces (ready() once the
    // server answered; nothing waits for that).
    void start();
    bool isStarted() const { return m_started; }
    bool isReady() const { return m_ready; }
    bool isConnected() const;
    // How long a device-list fetch may take before the JID counts as not fetched.
    void setFetchTimeout(int ms) { m_fetchTimeoutMs = ms; }
    quint32 deviceId() const { return m_deviceId; }
    qint64 accountId() const { return m_accountId; }
    // Our identity key (33-byte form), once started.
    QByteArray identityKey() const { return m_identityKey; }
    // Its Ed25519 form: how OMEMO 2 peers (and their trust URIs) name it.
    QByteArray identityKeyEd() const { return m_identityKeyEd; }
    Database *database() const { return m_database; }
    QXmppClient *client() const { return m_client; }
    // Automatic trust management (XEP-0450) of this account.
    OmemoAtm *atm() const { return m_atm; }
    QString jid() const { return ownBareJid(); }

    // Whose device-list events count: our own account's and those the predicate accepts (the
    // roster); a stranger's are ignored (nobody may fill our store or trigger fetches by them).
    void setContactFilter(std::function<bool(const QString &bareJid)> isContact);
    bool isOwnOrContact(const QString &bareJid) const;

    // Whether the JID publishes OMEMO devices (either version), fetching its lists once per
    // session when none are stored; fails (OmemoError) when a fetch failed.
    QFuture<bool> publishesDevices(const QString &jid);

    // Takes another device of our own account (an old phone, a reinstalled app) off our device
    // lists of both versions and its bundles off the server: contacts stop encrypting for it.
    // A device still in use adds itself back when it next connects, as every OMEMO client does.
    // Fails (OmemoError) for this device itself, or when the server refused.
    QFuture<void> removeOwnDevice(quint32 deviceId);

    // The stanzas to send for one plaintext message: one per OMEMO version in use, each with the
    // message's id, a fallback body and only its own <encrypted/> (never both in one stanza:
    // python-omemo refuses a stanza with both, and Gajim names the encryption "None"). A device
    // gets its key in one of them only. Fails (OmemoError) when no device of the chat can read it.
    QFuture<QList<QXmppMessage>> encrypt(const QXmppMessage &plain);
    // A XEP-0450 trust message (a XEP-0434 <trust-message/>, as XML) for `to`, a contact or our
    // own account: OMEMO 2 only, and only for devices whose key the user verified, as XEP-0450
    // asks (it reaches our own verified devices too). Like a message with a body to whoever
    // watches the wire. Fails (OmemoError) when no verified device of `to` can get it.
    QFuture<QXmppMessage> encryptTrustMessage(const QString &to, const QByteArray &trustMessage);

    struct Incoming
    {
        bool encrypted = false; // false: the stanza had no OMEMO element (nothing was done)
        bool empty = false; // a key-transport message, or our own copy: nothing to show
        QString body;
        QByteArray trustMessage; // an XEP-0434 <trust-message/> in the envelope (XEP-0450)
        QByteArray senderIdentity; // the sending device's key (33 bytes), when decrypted
        QString error; // set when it could not be decrypted: why, in words
        OmemoVersion version = OmemoVersion::Legacy;
        quint32 senderDeviceId = 0;
        OmemoTrust trust = OmemoTrust::Undecided;
    };
    QFuture<Incoming> decrypt(const QXmppMessage &stanza);
    // The same, waiting for the database thread (which never waits for the GUI thread): for the
    // receive pipeline while its stages are synchronous. Costs the GUI thread one decryption.
    Incoming decryptNow(const QXmppMessage &stanza);

    static QString fallbackBody();

Q_SIGNALS:
    void ready();
    void startFailed(const QString &reason);
    // A contact (or our own account) published a device list: a held message may go now.
    void devicesChanged(const QString &jid);
    // A contact's list named devices it never listed before (not its first list): the chat says
    // so. `trusted`: blindly, as the contact has no verified key; otherwise they wait for the user.
    void devicesAdded(const QString &jid, const QList<quint32> &deviceIds, bool trusted);
    // A decrypted message carried a trust message (XEP-0450): OmemoAtm judges it.
    void trustMessageReceived(
        const QString &senderJid, const QByteArray &senderIdentity, const QByteArray &trustMessage);

private:
    struct Target;
    struct Sealing;
    struct Sealed;
    QFuture<QList<QXmppMessage>> seal(const QXmppMessage &plain, const Sealing &how);
    // The devices of the chat's JID and our own to encrypt for, on the database thread.
    QFuture<QList<Target>> findTargets(const QString &contact, bool verifiedOnly);
    QFuture<Sealed> sealFor(const QList<Target> &targets, const QStringList &problems, const QString &contact,
        const QString &body, const Sealing &how);
    // Fetches the device's bundle and builds the session, once for all messages that need it;
    // `done` gets what went wrong, if anything.
    void ensureSession(const Target &t, std::function<void(const QString &)> done);
    // The decryption as a database job: the result and whether a pre-key went (republish then).
    // waitForKeys: load the keys first if they are not (asynchronous callers only).
    QFuture<std::pair<Incoming, bool>> decryptJob(const QXmppMessage &stanza, bool waitForKeys);
    // After a decryption, on this thread: republish a used pre-key, pass a trust message on.
    void decrypted(const QString &sender, const std::pair<Incoming, bool> &result);
    void publishOwn(
        OmemoVersion version, const QList<quint32> &serverList, const std::shared_ptr<int> &pending);
    void republishBundle(OmemoVersion version);
    void publishAll();
    // `done(false)` when a fetch failed for a JID we know nothing of.
    void ensureDeviceLists(const QStringList &jids, std::function<void(bool)> done);
    // Both versions' lists of one JID, fetched and stored; shared by every caller meanwhile.
    void fetchDeviceLists(const QString &jid, std::function<void(bool)> done);
    QString ownBareJid() const;

    QXmppClient *m_client;
    Database *m_database;
    qint64 m_accountId;
    OmemoPep *m_pep;
    OmemoAtm *m_atm;
    std::shared_ptr<OmemoEngine> m_engine; // touched only inside Database::run jobs
    quint32 m_deviceId = 0;
    QByteArray m_identityKey;
    QByteArray m_identityKeyEd;
    bool m_started = false;
    QFuture<void> m_loading; // start()'s loading of the engine, until m_engine is set
    bool m_ready = false;
    int m_fetchTimeoutMs = 5000;
    std::function<bool(const QString &)> m_isContact;
    QSet<QString> m_fetched; // lists fetched this session (also the empty ones)
    SharedFetches<bool> m_deviceListFetches;
    SharedFetches<QString> m_sessionBuilds; // by version, JID and device: the problem, if any
};
