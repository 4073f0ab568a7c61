// SPDX-License-Identifier: GPL-3.0-or-later
// Why a message we sent came back as an error, in words a person understands (shown beside the
// failed message, with the server's own text when it gave one).
#pragma once

#include <QCoreApplication>
#include <QXmppStanza.h>

class OutgoingErrorText
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingErrorText)
public:
    static QString describe(const QXmppStanza::Error &error, const QString &recipient);
};
