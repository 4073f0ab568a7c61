// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsController.h"

#include "models/AccountCreation.h"
#include "models/AccountListModel.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"

AccountsController::AccountsController(SessionCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_creation(std::make_unique<AccountCreation>(
          [this](const QString &jid, const QString &password, const QString &host, int port) {
              login(jid, password, host, port);
          }))
    , m_list(std::make_unique<AccountListModel>(
          core->accountStore(), [core](const QString &jid) { return core->account(jid); },
          [core] { return core->accounts()->jids(); }))
{
    AccountSet *set = core->accounts();
    connect(set, &AccountSet::accountsChanged, this, &AccountsController::accountsChanged);
    connect(set, &AccountSet::connectionStateChanged, this, &AccountsController::connectionStateChanged);
    connect(set, &AccountSet::errorTextChanged, this, &AccountsController::errorTextChanged);
    connect(set, &AccountSet::keychainNoticeChanged, this, &AccountsController::keychainNoticeChanged);
    connect(set, &AccountSet::configurationChanged, m_list.get(), &AccountListModel::reload);
    connect(this, &AccountsController::accountsChanged, m_list.get(), &AccountListModel::reload);
    connect(
        this, &AccountsController::connectionStateChanged, m_list.get(), &AccountListModel::refreshStates);
    connect(this, &AccountsController::errorTextChanged, m_list.get(), &AccountListModel::refreshStates);
    m_list->reload();
}

AccountsController::~AccountsController()
{
    // Nothing the accounts signal while the core shuts down may reach the models.
    disconnect(m_core->accounts(), nullptr, this, nullptr);
    disconnect(m_core->accounts(), nullptr, m_list.get(), nullptr);
}

// clang-format off
QString AccountsController::primaryJid() const { return m_core->accounts()->primaryJid(); }
QStringList AccountsController::jids() const { return m_core->accounts()->jids(); }
QString AccountsController::errorText() const { return m_core->accounts()->errorText(); }
QString AccountsController::savedJid() const { return m_core->accounts()->savedJid(); }
QString AccountsController::keychainNotice() const { return m_core->accounts()->keychainNotice(); }
QString AccountsController::certificateAccount() const { return m_core->accounts()->certificateAccount(); }
QString AccountsController::certificateFingerprint() const { return m_core->accounts()->certificateFingerprint(); }
void AccountsController::restore() { m_core->accounts()->restore(); }
void AccountsController::logout(const QString &jid) { m_core->accounts()->logout(jid); }
void AccountsController::setEnabled(const QString &jid, bool enabled) { m_core->accounts()->setEnabled(jid, enabled); }
void AccountsController::remove(const QString &jid) { m_core->accounts()->remove(jid); }
void AccountsController::setActive(bool active) { m_core->accounts()->setActive(active); }
// clang-format on

AccountsController::ConnectionState AccountsController::connectionState() const
{
    // The same states in the same order.
    return ConnectionState(int(m_core->accounts()->connectionState()));
}

void AccountsController::login(const QString &jid, const QString &password, const QString &host, int port)
{
    m_core->accounts()->login(jid, password, host, port);
}

void AccountsController::trustCertificate(const QString &jid, const QString &fingerprint)
{
    m_core->accounts()->trustCertificate(jid, fingerprint);
}
