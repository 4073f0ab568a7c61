// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayRegistration.h"

#include <QDomElement>
#include <QXmppPromise.h>
#include <QXmppRegisterIq.h>

#include "xmpp/Xep0050CommandIq.h"
#include "xmpp/Xep0077RegistrationForm.h"

namespace {
QXmppError refusal(const QDomElement &element, const QString &fallback)
{
    QXmppIq iq;
    iq.parse(element);
    return QXmppError { iq.error().text().isEmpty() ? fallback : iq.error().text(), iq.error() };
}

qsizetype fieldCount(const QDomElement &iq)
{
    const QDomElement x
        = iq.firstChildElement(QStringLiteral("query")).firstChildElement(QStringLiteral("x"));
    qsizetype count = 0;
    for (QDomElement f = x.firstChildElement(QStringLiteral("field"));
        !f.isNull() && count <= Xep0050::maxFields; f = f.nextSiblingElement(QStringLiteral("field"))) {
        ++count;
    }
    return count;
}
} // namespace

GatewayRegistration::GatewayRegistration(Xep0050AdHocCommands::IqSender sender, QObject *parent)
    : QObject(parent), m_sender(std::move(sender))
{ }

QXmppTask<GatewayRegistration::FormResult> GatewayRegistration::requestForm(const QString &gateway)
{
    QXmppRegisterIq request;
    request.setType(QXmppIq::Get);
    request.setTo(gateway);
    QXmppPromise<FormResult> promise;
    auto task = promise.task();
    Xep0050AdHocCommands::send(m_sender, std::move(request), m_timeout, this)
        .then(this, [promise, gateway](QXmppClient::IqResult &&result) mutable {
            if (const auto *e = std::get_if<QXmppError>(&result)) {
                promise.finish(*e);
                return;
            }
            const QDomElement element = std::get<QDomElement>(result);
            if (element.attribute(QStringLiteral("type")) != u"result") {
                promise.finish(refusal(element, QStringLiteral("%1 offers no sign-in.").arg(gateway)));
                return;
            }
            if (fieldCount(element) > Xep0050::maxFields) {
                promise.finish(QXmppError { QStringLiteral("%1 sent a form of more than %2 fields.")
                                                .arg(gateway)
                                                .arg(Xep0050::maxFields),
                    {} });
                return;
            }
            QXmppRegisterIq answer;
            answer.parse(element);
            Form form { Xep0077RegistrationForm::fromServer(answer),
                Xep0077RegistrationForm::isLegacy(answer), answer.isRegistered() };
            promise.finish(std::move(form));
        });
    return task;
}

QXmppTask<GatewayRegistration::Done> GatewayRegistration::submit(const QString &gateway, const Form &filled)
{
    QXmppRegisterIq request
        = filled.legacy ? Xep0077RegistrationForm::toLegacyRequest(filled.form) : QXmppRegisterIq();
    request.setType(QXmppIq::Set);
    request.setTo(gateway);
    if (!filled.legacy) {
        QXmppDataForm form = filled.form;
        form.setType(QXmppDataForm::Submit);
        // Fixed fields are the gateway's own text; it does not want them back.
        QList<QXmppDataForm::Field> fields;
        for (const auto &field : form.fields()) {
            if (field.type() != QXmppDataForm::Field::FixedField) {
                fields.append(QXmppDataForm::Field(field.type(), field.key(), field.value()));
            }
        }
        form.setFields(fields);
        form.setInstructions({});
        form.setTitle({});
        request.setForm(form);
    }
    return send(std::move(request), gateway);
}

QXmppTask<GatewayRegistration::Done> GatewayRegistration::unregister(const QString &gateway)
{
    return send(QXmppRegisterIq::createUnregistrationRequest(gateway), gateway);
}

QXmppTask<GatewayRegistration::Done> GatewayRegistration::send(QXmppIq &&iq, const QString &gateway)
{
    QXmppPromise<Done> promise;
    auto task = promise.task();
    Xep0050AdHocCommands::send(m_sender, std::move(iq), m_timeout, this)
        .then(this, [promise, gateway](QXmppClient::IqResult &&result) mutable {
            if (const auto *e = std::get_if<QXmppError>(&result)) {
                promise.finish(*e);
            } else if (const QDomElement element = std::get<QDomElement>(result);
                element.attribute(QStringLiteral("type")) != u"result") {
                promise.finish(refusal(element, QStringLiteral("%1 refused.").arg(gateway)));
            } else {
                promise.finish(std::monostate());
            }
        });
    return task;
}
