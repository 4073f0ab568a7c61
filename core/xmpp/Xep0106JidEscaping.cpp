// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0106JidEscaping.h"

namespace {
constexpr QStringView escapable = u" \"&'/:<>@\\";

int hexValue(QChar c)
{
    const ushort u = c.unicode();
    return u >= '0' && u <= '9' ? u - '0' : u >= 'a' && u <= 'f' ? u - 'a' + 10 : -1;
}

// "\xx" at i is one of the escapes XEP-0106 defines (only those are turned back).
bool escapeAt(const QString &text, qsizetype i, QChar *decoded)
{
    if (i + 2 >= text.size() || text.at(i) != u'\\') {
        return false;
    }
    const int high = hexValue(text.at(i + 1));
    const int low = hexValue(text.at(i + 2));
    if (high < 0 || low < 0) {
        return false;
    }
    const QChar c(ushort(high * 16 + low));
    if (!escapable.contains(c)) {
        return false;
    }
    *decoded = c;
    return true;
}
} // namespace

QString Xep0106JidEscaping::escape(const QString &localPart)
{
    QString out;
    out.reserve(localPart.size());
    for (qsizetype i = 0; i < localPart.size(); ++i) {
        const QChar c = localPart.at(i);
        QChar ignored;
        // A backslash is escaped only where it would otherwise read as an escape (§4.2).
        if ((c != u'\\' && escapable.contains(c)) || (c == u'\\' && escapeAt(localPart, i, &ignored))) {
            out += u'\\' + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

QString Xep0106JidEscaping::unescape(const QString &localPart)
{
    QString out;
    out.reserve(localPart.size());
    for (qsizetype i = 0; i < localPart.size(); ++i) {
        QChar decoded;
        if (escapeAt(localPart, i, &decoded)) {
            out += decoded;
            i += 2;
        } else {
            out += localPart.at(i);
        }
    }
    return out;
}
