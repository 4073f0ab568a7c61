// SPDX-License-Identifier: GPL-3.0-or-later
// A failed keychain operation, carried through QFuture; message() is a sentence for people.
#pragma once

#include <QException>
#include <QString>

class KeychainError : public QException
{
public:
    explicit KeychainError(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) { }

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw *this; }
    KeychainError *clone() const override { return new KeychainError(*this); }

private:
    QString m_message;
    QByteArray m_utf8;
};
