// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayContactAddress.h"

#include <phonenumbers/phonenumberutil.h>

#include <QDomElement>
#include <QLocale>
#include <QXmppPromise.h>
#include <QXmppUtils.h>

#include "xmpp/Xep0100GatewayIq.h"
#include "xmpp/Xep0106JidEscaping.h"

namespace {
QXmppError error(const QString &text)
{
    return QXmppError { text, {} };
}

QString localeRegion()
{
    const QString name = QLocale::system().name(); // "de_DE"
    const qsizetype underscore = name.indexOf(u'_');
    return underscore > 0 ? name.mid(underscore + 1, 2) : QStringLiteral("US");
}

// What the person typed, as it goes to the gateway: a normalised number for phone gateways.
std::variant<QString, QXmppError> legacyIdFor(
    const GatewayContactAddress::Target &target, const QString &typed)
{
    const QString id = typed.trimmed();
    if (id.isEmpty()) {
        return error(QStringLiteral("Type the contact's name on that network."));
    }
    if (GatewayContactAddress::isPhoneNetwork(target.network)) {
        const QString number = GatewayContactAddress::normalisedPhone(
            id, target.region.isEmpty() ? localeRegion() : target.region);
        if (number.isEmpty()) {
            return error(QStringLiteral("“%1” is not a phone number.").arg(id));
        }
        return number;
    }
    return id;
}
} // namespace

GatewayContactAddress::GatewayContactAddress(Xep0050AdHocCommands::IqSender sender, QObject *parent)
    : QObject(parent), m_sender(std::move(sender))
{ }

bool GatewayContactAddress::isPhoneNetwork(const QString &network)
{
    return network == u"sms" || network == u"pstn";
}

QString GatewayContactAddress::normalisedPhone(const QString &input, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (input.size() > 64
        || util->Parse(input.toStdString(), region.toUpper().toStdString(), &number)
            != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsPossibleNumber(number)) {
        return {};
    }
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

GatewayContactAddress::Result GatewayContactAddress::fallbackJid(
    const Target &target, const QString &legacyId)
{
    const auto id = legacyIdFor(target, legacyId);
    if (const auto *e = std::get_if<QXmppError>(&id)) {
        return *e;
    }
    QString local = std::get<QString>(id);
    if (target.escaping) {
        local = Xep0106JidEscaping::escape(local);
    } else {
        // The old way (XEP-0100 §6.4 note): user@host becomes user%host.
        local.replace(u'@', u'%');
        for (const QChar c : local) {
            if (QStringView(u" \"&'/:<>@").contains(c) || c.isSpace()) {
                return error(QStringLiteral("“%1” cannot be written as an address on %2.")
                        .arg(legacyId, target.gateway));
            }
        }
    }
    return local + u'@' + target.gateway;
}

QXmppTask<GatewayContactAddress::Result> GatewayContactAddress::prompt(const Target &target)
{
    QXmppPromise<Result> promise;
    auto task = promise.task();
    if (!target.prompt) {
        promise.finish(QString());
        return task;
    }
    Xep0050AdHocCommands::send(m_sender, Xep0100GatewayIq::promptRequest(target.gateway), m_timeout, this)
        .then(this, [promise](QXmppClient::IqResult &&result) mutable {
            const auto *element = std::get_if<QDomElement>(&result);
            if (!element || element->attribute(QStringLiteral("type")) != u"result") {
                promise.finish(QString()); // no words of its own: the generic prompt stays
                return;
            }
            Xep0100GatewayIq answer;
            answer.parse(*element);
            promise.finish(answer.prompt().left(200));
        });
    return task;
}

QXmppTask<GatewayContactAddress::Result> GatewayContactAddress::jidFor(
    const Target &target, const QString &legacyId)
{
    QXmppPromise<Result> promise;
    auto task = promise.task();
    const auto id = legacyIdFor(target, legacyId);
    if (!target.prompt || std::holds_alternative<QXmppError>(id)) {
        promise.finish(fallbackJid(target, legacyId));
        return task;
    }
    Xep0050AdHocCommands::send(m_sender,
        Xep0100GatewayIq::translationRequest(target.gateway, std::get<QString>(id)), m_timeout, this)
        .then(this, [promise, target](QXmppClient::IqResult &&result) mutable {
            if (const auto *e = std::get_if<QXmppError>(&result)) {
                promise.finish(*e);
                return;
            }
            const QDomElement element = std::get<QDomElement>(result);
            Xep0100GatewayIq answer;
            answer.parse(element);
            if (element.attribute(QStringLiteral("type")) == u"error") {
                promise.finish(error(answer.error().text().isEmpty()
                        ? QStringLiteral("%1 does not know that contact.").arg(target.gateway)
                        : answer.error().text()));
                return;
            }
            const QString jid = answer.jid().trimmed();
            // The gateway speaks for its own addresses only: a JID elsewhere would add a stranger.
            if (QXmppUtils::jidToDomain(jid) != target.gateway || QXmppUtils::jidToUser(jid).isEmpty()
                || jid.size() > 1023) {
                promise.finish(error(
                    QStringLiteral("%1 answered with an address that is not its own.").arg(target.gateway)));
                return;
            }
            promise.finish(QXmppUtils::jidToBareJid(jid));
        });
    return task;
}
