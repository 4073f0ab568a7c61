// SPDX-License-Identifier: GPL-3.0-or-later
// Base of the core's exceptions that travel through QFuture: a sentence for people, kept in
// UTF-8 for what(). Derived is the concrete class (raise and clone must copy the right type).
#pragma once

#include <QByteArray>
#include <QException>
#include <QString>

template<typename Derived>
class MessageError : public QException
{
public:
    explicit MessageError(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    void raise() const override { throw static_cast<const Derived &>(*this); }
    QException *clone() const override { return new Derived(static_cast<const Derived &>(*this)); }

private:
    QString m_message;
    QByteArray m_utf8;
};
