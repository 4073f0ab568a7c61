// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoTrustUri.h"

#include <algorithm>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include "xmpp/BareJid.h"

namespace {
const QString omemo2Namespace = QStringLiteral("urn:xmpp:omemo:2");
const QString sidPrefix = QStringLiteral("omemo-sid-");

QString tr(const char *text)
{
    return QCoreApplication::translate("OmemoTrustUri", text);
}

// 64 hex digits (66 with the legacy 05 type byte in front, as some clients copy it): 32 bytes.
QByteArray keyFromHex(const QString &value)
{
    QString hex = value.trimmed().toLower();
    if (hex.size() == 66 && hex.startsWith(QLatin1String("05"))) {
        hex = hex.mid(2);
    }
    if (hex.size() != 64) {
        return {};
    }
    for (const QChar c : std::as_const(hex)) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return {};
        }
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}
} // namespace

QString OmemoTrustUri::build(const QString &jid, const QList<Key> &keys)
{
    QStringList omemo2;
    QStringList legacy;
    for (const Key &key : keys) {
        const QString hex = QString::fromLatin1(key.key.toHex());
        if (key.legacy) {
            legacy.append(sidPrefix + QString::number(key.deviceId) + u'=' + hex);
        } else if (!omemo2.contains(QStringLiteral("trust=") + hex)) {
            omemo2.append(QStringLiteral("trust=") + hex);
        }
    }
    if (omemo2.isEmpty() && legacy.isEmpty()) {
        return {};
    }
    QStringList query;
    if (!omemo2.isEmpty()) {
        query << QStringLiteral("trust-message") << QStringLiteral("encryption=") + omemo2Namespace << omemo2;
    }
    query << legacy;
    // A JID has no '?', ';' or '#' worth escaping beyond what QUrl does for a path.
    return QStringLiteral("xmpp:") + QString::fromUtf8(QUrl::toPercentEncoding(jid, "@")) + u'?'
        + query.join(u';');
}

OmemoTrustUri OmemoTrustUri::parse(const QString &text)
{
    OmemoTrustUri uri;
    const QString input = text.trimmed();
    if (input.size() > maxLength) {
        uri.error = tr("This text is too long to be a verification code.");
        return uri;
    }
    if (!input.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive)) {
        uri.error = tr("This is not an XMPP verification code (it does not start with \"xmpp:\").");
        return uri;
    }
    const QString rest = input.mid(5);
    const qsizetype question = rest.indexOf(u'?');
    const QString jid = decoded(question < 0 ? rest : rest.left(question)).trimmed();
    // Broken percent-escapes decode to U+FFFD; control characters belong in no address.
    const bool odd = std::any_of(jid.cbegin(), jid.cend(),
        [](QChar c) { return c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control; });
    if (odd || !BareJid::isValid(jid)) {
        uri.error = tr("The code names no valid address.");
        return uri;
    }
    uri.jid = jid.toLower();

    QString encryption;
    const QString query = question < 0 ? QString() : rest.mid(question + 1);
    // ';' as RFC 5122 and both forms use; '&' as some clients write it.
    const QStringList parts = query.split(QRegularExpression(QStringLiteral("[;&]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0) {
            continue; // the action ("trust-message", "message", ...)
        }
        const QString name = decoded(part.left(equals)).toLower();
        const QString value = decoded(part.mid(equals + 1));
        if (name == QLatin1String("encryption")) {
            encryption = value;
        } else if (name.startsWith(sidPrefix)) {
            bool ok = false;
            const quint32 device = name.mid(sidPrefix.size()).toUInt(&ok);
            const QByteArray key = keyFromHex(value);
            if (!ok || device == 0 || key.isEmpty()) {
                uri.error = tr("The code holds a damaged key (%1).").arg(part.left(80));
                return uri;
            }
            uri.trusted.append({ key, device, true });
        } else if (name == QLatin1String("trust") || name == QLatin1String("distrust")) {
            const QByteArray key = keyFromHex(value);
            if (key.isEmpty()) {
                uri.error = tr("The code holds a damaged key (%1).").arg(part.left(80));
                return uri;
            }
            if (name == QLatin1String("trust")) {
                uri.trusted.append({ key, 0, false });
            } else {
                uri.distrusted.append(key);
            }
        }
        if (uri.trusted.size() + uri.distrusted.size() > maxKeys) {
            uri.error = tr("The code names more keys than any account has.");
            return uri;
        }
    }
    // trust= without OMEMO 2 is another encryption's key (XEP-0450 also serves OpenPGP).
    const bool anyTrust
        = std::any_of(uri.trusted.cbegin(), uri.trusted.cend(), [](const Key &k) { return !k.legacy; })
        || !uri.distrusted.isEmpty();
    if (anyTrust && encryption != omemo2Namespace) {
        uri.error = tr("The code is for another kind of encryption than OMEMO.");
        return uri;
    }
    if (uri.trusted.isEmpty()) {
        uri.error = tr("The code names no OMEMO key to verify.");
    }
    return uri;
}
