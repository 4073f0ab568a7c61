// SPDX-License-Identifier: GPL-3.0-or-later
// One account's OMEMO on the GUI thread: starts the engine (on the database thread), keeps our
// device in both device lists with fresh bundles, and encrypts and decrypts whole messages,
// choosing the version per device (OMEMO 2 where a device has it, legacy where it has only that).
#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QXmppMessage.h>

#include "omemo/OmemoTrust.h"
#include "omemo/OmemoVersion.h"

class Database;
class OmemoEngine;
class OmemoPep;
class QXmppClient;

class OmemoAccount : public QObject
{
    Q_OBJECT
public:
    // The client must have a QXmppPubSubManager; OmemoAccount adds its OmemoPep extension.
    OmemoAccount(QXmppClient *client, Database *database, qint64 accountId, QObject *parent = nullptr);
    ~OmemoAccount() override;

    // Loads or makes the identity, then publishes our device and bundle under both namespaces.
    void start();
    bool isReady() const { return m_ready; }
    quint32 deviceId() const { return m_deviceId; }

    // The stanzas to send for one plaintext message: one per OMEMO version in use, each with the
    // message's id, a fallback body and only its own <encrypted/> (never both in one stanza:
    // python-omemo refuses a stanza with both, and Gajim names the encryption "None"). A device
    // gets its key in one of them only. Fails (OmemoError) when no device of the chat can read it.
    QFuture<QList<QXmppMessage>> encrypt(const QXmppMessage &plain);

    struct Incoming
    {
        bool encrypted = false; // false: the stanza had no OMEMO element (nothing was done)
        bool empty = false; // a key-transport message: nothing to show
        QString body;
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

private:
    struct Target;
    // The decryption as a database job: the result and whether a pre-key went (republish then).
    QFuture<std::pair<Incoming, bool>> decryptJob(const QXmppMessage &stanza);
    void publishOwn(
        OmemoVersion version, const QList<quint32> &serverList, const std::shared_ptr<int> &pending);
    void republishBundle(OmemoVersion version);
    void ensureDeviceLists(const QStringList &jids, std::function<void()> done);
    QString ownBareJid() const;

    QXmppClient *m_client;
    Database *m_database;
    qint64 m_accountId;
    OmemoPep *m_pep;
    std::shared_ptr<OmemoEngine> m_engine; // touched only inside Database::run jobs
    quint32 m_deviceId = 0;
    bool m_ready = false;
};
