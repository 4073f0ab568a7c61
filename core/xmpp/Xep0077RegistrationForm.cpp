// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0077RegistrationForm.h"

#include <QCoreApplication>

namespace Xep0077RegistrationForm {

bool isLegacy(const QXmppRegisterIq &iq)
{
    return iq.form().isNull() || iq.form().fields().isEmpty();
}

QXmppDataForm fromServer(const QXmppRegisterIq &iq)
{
    if (!isLegacy(iq)) {
        QXmppDataForm form = iq.form();
        if (form.instructions().isEmpty()) {
            form.setInstructions(iq.instructions());
        }
        return form;
    }
    using Field = QXmppDataForm::Field;
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("Xep0077RegistrationForm", text); };
    QList<Field> fields {
        Field(Field::TextSingleField, QStringLiteral("username"), iq.username(), true, tr("Username")),
        Field(Field::TextPrivateField, QStringLiteral("password"), {}, true, tr("Password")),
    };
    // The legacy element only says a field exists by being present; QXmpp reads a present but
    // empty <email/> as an empty, non-null string.
    if (!iq.email().isNull()) {
        fields.append(Field(Field::TextSingleField, QStringLiteral("email"), iq.email(), false, tr("Email")));
    }
    return QXmppDataForm(QXmppDataForm::Form, fields, {}, iq.instructions());
}

QXmppRegisterIq toLegacyRequest(const QXmppDataForm &filled)
{
    QXmppRegisterIq iq;
    iq.setUsername(value(filled, QStringLiteral("username")));
    iq.setPassword(value(filled, QStringLiteral("password")));
    const QString email = value(filled, QStringLiteral("email"));
    if (!email.isEmpty()) {
        iq.setEmail(email);
    }
    return iq;
}

QString value(const QXmppDataForm &form, const QString &key)
{
    for (const auto &field : form.fields()) {
        if (field.key() == key) {
            return field.value().toString();
        }
    }
    return {};
}

} // namespace Xep0077RegistrationForm
