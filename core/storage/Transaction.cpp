// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include <QSqlError>

#include "DatabaseError.h"
#include "Logging.h"

Transaction::Transaction(QSqlDatabase &db) : m_db(db)
{
    if (!m_db.transaction()) {
        throw DatabaseError(QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()));
    }
}

Transaction::~Transaction()
{
    if (!m_done && !m_db.rollback()) {
        qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
    }
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        throw DatabaseError(QStringLiteral("commit failed: %1").arg(m_db.lastError().text()));
    }
    m_done = true;
}
