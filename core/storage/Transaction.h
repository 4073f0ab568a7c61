// SPDX-License-Identifier: GPL-3.0-or-later
// Scoped SQLite transaction: rolled back unless commit() was reached.
#pragma once

#include <QSqlDatabase>

class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase &m_db;
    bool m_done = false;
};
