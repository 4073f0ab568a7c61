// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatStore.h"

#include "ChatRows.h"
#include "Database.h"
#include "Logging.h"
#include "MessageStore.h"

ChatStore::ChatStore(Database *database, MessageStore *messages, QObject *parent)
    : QObject(parent), m_database(database)
{
    connect(messages, &MessageStore::chatChanged, this, &ChatStore::touch);
}

QFuture<QList<Chat>> ChatStore::chats()
{
    return m_database->run([](QSqlDatabase &db) { return ChatRows::all(db); });
}

void ChatStore::touch(qint64 chatId)
{
    m_touched.insert(chatId);
    // Read once the signals of this commit (or this page's commits) have all come in.
    if (!m_readQueued) {
        m_readQueued = true;
        QMetaObject::invokeMethod(this, &ChatStore::readTouched, Qt::QueuedConnection);
    }
}

void ChatStore::readTouched()
{
    m_readQueued = false;
    const QList<qint64> ids(m_touched.cbegin(), m_touched.cend());
    m_touched.clear();
    // Queued on the database thread after the commits that touched these chats: it reads them
    // as committed, and its answer comes after the answers of every read queued before it.
    m_database->run([ids](QSqlDatabase &db) { return ChatRows::byIds(db, ids); })
        .then(this,
            [this, ids](const QList<Chat> &rows) {
                QSet<qint64> missing(ids.cbegin(), ids.cend());
                for (const Chat &chat : rows) {
                    missing.remove(chat.id);
                    Q_EMIT chatChanged(chat);
                }
                for (qint64 id : std::as_const(missing)) {
                    Q_EMIT chatRemoved(id);
                }
            })
        .onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "reading changed chats failed:" << e.what();
        });
}
