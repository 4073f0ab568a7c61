// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountParts.h"

#include "account/Account.h"

AccountParts::AccountParts(Account *account, QObject *parent) : QObject(parent), m_account(account) { }

AccountParts::~AccountParts()
{
    // Newest first: a part may use one added before it.
    while (!m_parts.empty()) {
        m_parts.pop_back();
    }
}

QString AccountParts::jid() const
{
    return m_account->jid();
}
