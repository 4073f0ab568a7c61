// SPDX-License-Identifier: GPL-3.0-or-later
#include "NestingDepthGuard.h"

#include <algorithm>

#include <QDomElement>

#include "Logging.h"

int NestingDepthGuard::depth(const QDomElement &element, int limit)
{
    // Iterative: a recursive walk would itself overflow the stack on the stanzas it is for.
    int deepest = 0;
    int level = 0;
    QDomElement current = element.firstChildElement();
    level = current.isNull() ? 0 : 1;
    while (!current.isNull()) {
        deepest = std::max(deepest, level);
        if (deepest > limit) {
            return deepest;
        }
        const QDomElement child = current.firstChildElement();
        if (!child.isNull()) {
            current = child;
            ++level;
            continue;
        }
        // Up until there is a next sibling, or back at the stanza.
        while (!current.isNull() && current != element) {
            const QDomElement sibling = current.nextSiblingElement();
            if (!sibling.isNull()) {
                current = sibling;
                break;
            }
            current = current.parentNode().toElement();
            --level;
        }
        if (current == element) {
            break;
        }
    }
    return deepest;
}

bool NestingDepthGuard::handleStanza(const QDomElement &element)
{
    const int found = depth(element);
    if (found <= maxDepth) {
        return false;
    }
    ++m_dropped;
    qCWarning(lcAccount) << "dropped a" << element.tagName() << "from"
                         << element.attribute(QStringLiteral("from")) << "nested more than" << maxDepth
                         << "levels deep";
    return true;
}
