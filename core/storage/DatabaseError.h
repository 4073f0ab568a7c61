// SPDX-License-Identifier: GPL-3.0-or-later
// A failed SQL statement, carried through QFuture to whoever awaits the result.
#pragma once

#include <QException>
#include <QString>

class DatabaseError : public QException
{
public:
    explicit DatabaseError(QString message);

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    DatabaseError *clone() const override { return new DatabaseError(*this); }

private:
    QString m_message;
    QByteArray m_utf8;
};
