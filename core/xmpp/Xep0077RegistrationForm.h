// SPDX-License-Identifier: GPL-3.0-or-later
// In-band registration forms (XEP-0077) as one shape: a data form (XEP-0004), also when the
// server only lists the old fixed fields (username, password, email), and back again.
#pragma once

#include <QXmppDataForm.h>
#include <QXmppRegisterIq.h>

namespace Xep0077RegistrationForm {
// The server's form: its data form when it sends one, otherwise the legacy fields as one.
// The register element's instructions fill in when the data form has none.
QXmppDataForm fromServer(const QXmppRegisterIq &iq);
// True when the server sent only legacy fields (the answer must use them too).
bool isLegacy(const QXmppRegisterIq &iq);
// The answer for a legacy server: the values of the username, password and email fields.
QXmppRegisterIq toLegacyRequest(const QXmppDataForm &filled);
// The value of the field `key` as text (empty when there is no such field).
QString value(const QXmppDataForm &form, const QString &key);
} // namespace Xep0077RegistrationForm
