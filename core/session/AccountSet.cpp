// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSet.h"

#include <QCoreApplication>
#include <QPointer>

#include "Logging.h"
#include "account/Account.h"
#include "account/CertificatePin.h"
#include "account/CredentialStore.h"
#include "account/KeychainError.h"
#include "session/AccountContext.h"
#include "storage/AccountStore.h"
#include "xmpp/BareJid.h"

// Texts keep the translation context of the QML facade they came from ("Session").

AccountSet::AccountSet(
    AccountStore *store, CredentialStore *credentials, ContextFactory factory, QObject *parent)
    : QObject(parent), m_store(store), m_credentials(credentials), m_factory(std::move(factory))
{ }

AccountSet::~AccountSet() = default;

AccountContext *AccountSet::context(const QString &jid) const
{
    if (m_accounts.empty()) {
        return nullptr;
    }
    if (jid.isEmpty()) {
        return m_accounts.front().get();
    }
    for (const auto &context : m_accounts) {
        if (context->jid() == jid) {
            return context.get();
        }
    }
    return nullptr;
}

Account *AccountSet::account(const QString &jid) const
{
    auto *c = context(jid);
    return c ? c->account() : nullptr;
}

QString AccountSet::primaryJid() const
{
    auto *c = context();
    return c ? c->jid() : QString();
}

QStringList AccountSet::jids() const
{
    QStringList jids;
    for (const auto &c : m_accounts) {
        jids.append(c->jid());
    }
    return jids;
}

AccountSet::ConnectionState AccountSet::connectionState() const
{
    if (m_accounts.empty()) {
        return m_localError.isEmpty() ? ConnectionState::NoAccount : ConnectionState::Failed;
    }
    if (!m_localError.isEmpty()) {
        return ConnectionState::Failed;
    }
    bool allConnected = true;
    bool anyConnecting = false;
    for (const auto &c : m_accounts) {
        switch (c->account()->state()) {
        case Account::State::Failed:
            return ConnectionState::Failed;
        case Account::State::Connecting:
            anyConnecting = true;
            allConnected = false;
            break;
        case Account::State::Disconnected:
            allConnected = false;
            break;
        case Account::State::Connected:
            break;
        }
    }
    return allConnected ? ConnectionState::Connected
                        : (anyConnecting ? ConnectionState::Connecting : ConnectionState::Disconnected);
}

QString AccountSet::errorText() const
{
    if (!m_localError.isEmpty()) {
        return m_localError;
    }
    for (const auto &c : m_accounts) {
        if (c->account()->state() == Account::State::Failed) {
            return c->account()->errorText();
        }
    }
    return {};
}

void AccountSet::setLocalError(const QString &text)
{
    m_localError = text;
    Q_EMIT errorTextChanged();
    Q_EMIT connectionStateChanged();
}

void AccountSet::changed()
{
    Q_EMIT accountsChanged();
    Q_EMIT errorTextChanged();
    Q_EMIT connectionStateChanged();
}

void AccountSet::login(const QString &jid, const QString &password, const QString &host, int port)
{
    const QString bare = jid.trimmed().toLower();
    if (!BareJid::isValid(bare)) {
        qCWarning(lcAccount) << "rejected login with a malformed address" << jid;
        setLocalError(QCoreApplication::translate(
            "Session", "\"%1\" is not a valid chat address. It looks like name@example.org.")
                .arg(jid));
        return;
    }
    if (password.isEmpty()) {
        setLocalError(QCoreApplication::translate("Session", "Enter the password of %1.").arg(bare));
        return;
    }
    logout(bare);
    m_localError.clear();

    AccountConfig config;
    config.jid = bare;
    config.password = password;
    config.host = host;
    config.port = port;
    std::unique_ptr<AccountContext> context = m_factory(config);
    Account *account = context->account();
    connect(account, &Account::stateChanged, this, &AccountSet::connectionStateChanged);
    connect(account, &Account::errorTextChanged, this, &AccountSet::errorTextChanged);
    // Saved once the server accepted the password, never before.
    auto remembered = std::make_shared<bool>(false);
    connect(account, &Account::stateChanged, this, [this, config, remembered](Account::State state) {
        if (state == Account::State::Connected && !*remembered) {
            *remembered = true;
            remember(config);
        }
    });
    account->client()->setActive(m_active);
    Q_EMIT accountAdded(context.get());
    m_accounts.push_back(std::move(context));
    changed();
    // A certificate trusted in an earlier run applies before the first handshake.
    m_store->certificatePin(bare)
        .then(this,
            [this, bare, pointer = QPointer<Account>(account)](const QString &pin) {
                if (pointer && this->account(bare) == pointer) {
                    pointer->setCertificatePin(pin);
                    pointer->connectToServer();
                }
            })
        .onFailed(this, [this, bare, pointer = QPointer<Account>(account)](const std::exception &e) {
            qCWarning(lcStorage) << "reading the certificate choice failed:" << e.what();
            if (pointer && this->account(bare) == pointer) {
                pointer->connectToServer();
            }
        });
}

void AccountSet::logout(const QString &jid)
{
    // Taken out of the list first and destroyed afterwards: a disconnecting account signals
    // its state, and whoever asks then must find a consistent list (no empty slots).
    std::vector<std::unique_ptr<AccountContext>> leaving;
    for (auto &c : m_accounts) {
        if (jid.isEmpty() || c->jid() == jid)
            leaving.push_back(std::move(c));
    }
    std::erase(m_accounts, nullptr);
    for (const auto &c : leaving) {
        Q_EMIT accountRemoved(c->jid());
    }
    const bool any = !leaving.empty();
    leaving.clear();
    if (any) {
        changed();
    }
}

QString AccountSet::certificateAccount() const
{
    for (const auto &c : m_accounts) {
        if (c->account()->state() == Account::State::Failed
            && !c->account()->rejectedCertificate().isNull()) {
            return c->jid();
        }
    }
    return {};
}

QString AccountSet::certificateFingerprint() const
{
    const Account *owner = account(certificateAccount());
    return owner && !certificateAccount().isEmpty()
        ? CertificatePin::fingerprintOf(owner->rejectedCertificate())
        : QString();
}

void AccountSet::trustCertificate(const QString &jid, const QString &fingerprint)
{
    Account *owner = jid.isEmpty() ? nullptr : account(jid);
    if (!owner || owner->rejectedCertificate().isNull()) {
        Q_EMIT notice(
            QCoreApplication::translate("Session", "There is no certificate waiting for a decision for %1.")
                .arg(jid));
        return;
    }
    const QString pin = CertificatePin::pinOf(owner->rejectedCertificate());
    // The person decided on what they saw; a different certificate since then is a new question.
    if (CertificatePin::pinFromFingerprint(fingerprint) != pin) {
        Q_EMIT notice(QCoreApplication::translate(
            "Session", "The server's certificate changed; compare the new fingerprint before trusting it."));
        return;
    }
    qCInfo(lcAccount) << jid << "trusts the certificate" << fingerprint;
    owner->setCertificatePin(pin);
    m_store->setCertificatePin(jid, pin).onFailed(this, [this](const std::exception &e) {
        Q_EMIT notice(QCoreApplication::translate("Session", "The certificate choice could not be saved: %1")
                .arg(QString::fromUtf8(e.what())));
    });
    owner->connectToServer();
}

void AccountSet::remember(const AccountConfig &config)
{
    m_savedJid = config.jid;
    m_store->save(config).then(this, [this] { Q_EMIT configurationChanged(); });
    m_credentials->writePassword(config.jid, config.password)
        .then(this,
            [this] {
                m_keychainNotice.clear();
                Q_EMIT keychainNoticeChanged();
            })
        .onFailed(this, [this](const KeychainError &error) {
            m_keychainNotice = error.message();
            Q_EMIT keychainNoticeChanged();
        });
}

QString AccountSet::savedJid() const
{
    return m_accounts.empty() ? m_savedJid : primaryJid();
}

void AccountSet::restore()
{
    m_store->configuredAccounts().then(this, [this](const QList<AccountConfig> &configured) {
        for (const AccountConfig &config : configured) {
            if (context(config.jid)) {
                continue;
            }
            if (m_savedJid.isEmpty()) {
                m_savedJid = config.jid;
                Q_EMIT accountsChanged();
            }
            connectWithStoredPassword(config);
        }
    });
}

void AccountSet::connectWithStoredPassword(const AccountConfig &config)
{
    m_credentials->readPassword(config.jid)
        .then(this,
            [this, config](const std::optional<QString> &password) {
                if (password && !password->isEmpty()) {
                    login(config.jid, *password, config.host, config.port);
                } else {
                    m_savedJid = config.jid;
                    setLocalError(
                        QCoreApplication::translate("Session", "Enter the password of %1 to connect.")
                            .arg(config.jid));
                }
            })
        .onFailed(this, [this, config](const KeychainError &error) {
            m_savedJid = config.jid;
            setLocalError(QCoreApplication::translate("Session", "%1 Enter the password of %2 to connect.")
                    .arg(error.message(), config.jid));
        });
}

void AccountSet::setEnabled(const QString &jid, bool enabled)
{
    if (!enabled) {
        logout(jid);
        m_store->setEnabled(jid, false).then(this, [this] { Q_EMIT configurationChanged(); });
        return;
    }
    m_store->setEnabled(jid, true)
        .then(this, [this] { return m_store->configuredAccounts(false); })
        .unwrap()
        .then(this,
            [this, jid](const QList<AccountConfig> &configured) {
                Q_EMIT configurationChanged();
                for (const AccountConfig &config : configured) {
                    if (config.jid == jid && !context(jid)) {
                        connectWithStoredPassword(config);
                    }
                }
            })
        .onFailed(this, [this](const std::exception &e) {
            Q_EMIT notice(QCoreApplication::translate("Session", "The account could not be enabled: %1")
                    .arg(QString::fromUtf8(e.what())));
        });
}

void AccountSet::remove(const QString &jid)
{
    logout(jid);
    if (m_savedJid == jid) {
        m_savedJid.clear();
    }
    m_store->forget(jid).then(this, [this] { Q_EMIT configurationChanged(); });
    m_credentials->removePassword(jid).onFailed(this, [this, jid](const KeychainError &error) {
        Q_EMIT notice(QCoreApplication::translate(
            "Session", "The password of %1 could not be removed from the keychain: %2")
                .arg(jid, error.message()));
    });
}

void AccountSet::setActive(bool active)
{
    m_active = active;
    for (const auto &c : m_accounts) {
        c->account()->client()->setActive(active);
    }
}
