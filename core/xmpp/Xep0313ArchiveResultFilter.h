// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0313 results are matched by QXmppMamManager on the query id alone. This extension runs
// before it and drops results that do not come from the account's own archive (or an archive
// we asked, such as a room), so nobody can inject history by guessing a query id. Accepted
// results get the archive's id as a XEP-0359 stanza-id, which the store deduplicates on.
#pragma once

#include <QSet>
#include <QXmppClientExtension.h>

class Xep0313ArchiveResultFilter : public QXmppClientExtension
{
    Q_OBJECT
public:
    // Also accept results from this archive (e.g. a group chat whose history we query).
    void allowArchive(const QString &bareJid);

    bool handleStanza(const QDomElement &element) override;

    int droppedCount() const { return m_dropped; }

private:
    QSet<QString> m_allowed;
    int m_dropped = 0;
};
