// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include <array>
#include <span>

#include <QDateTime>

#include "DatabaseError.h"
#include "Logging.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace {

struct Migration
{
    int version;
    std::span<const char *const> statements;
};

// 1: accounts, chats and messages. Integer timestamps (ms since epoch); keyset paging index
// (chat_id, timestamp, id); duplicates rejected by the archive's stanza-id and the sender's origin-id.
constexpr std::array v1 {
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, jid TEXT NOT NULL UNIQUE)",
    "CREATE TABLE chats (id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " jid TEXT NOT NULL, last_activity INTEGER NOT NULL DEFAULT 0, unread INTEGER NOT NULL DEFAULT 0,"
    " UNIQUE (account_id, jid))",
    "CREATE INDEX chats_by_activity ON chats (last_activity DESC)",
    "CREATE TABLE messages (id INTEGER PRIMARY KEY,"
    " chat_id INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,"
    " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " sender TEXT NOT NULL, outgoing INTEGER NOT NULL, body TEXT NOT NULL, timestamp INTEGER NOT NULL,"
    " origin_id TEXT, stanza_id TEXT, stanza_id_by TEXT, state INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX messages_page ON messages (chat_id, timestamp, id)",
    "CREATE UNIQUE INDEX messages_stanza_id ON messages (account_id, stanza_id_by, stanza_id)"
    " WHERE stanza_id IS NOT NULL",
    "CREATE UNIQUE INDEX messages_origin_id ON messages (account_id, sender, origin_id)"
    " WHERE origin_id IS NOT NULL",
};

// 2: the roster, so names and groups show without a connection.
constexpr std::array v2 {
    "CREATE TABLE roster_items (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " jid TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', subscription INTEGER NOT NULL DEFAULT 0,"
    " groups TEXT NOT NULL DEFAULT '', PRIMARY KEY (account_id, jid)) WITHOUT ROWID",
};

// 3: where message archive (MAM) catch-up resumes, per account and archive.
constexpr std::array v3 {
    "CREATE TABLE archive_sync (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " archive TEXT NOT NULL, last_id TEXT NOT NULL, PRIMARY KEY (account_id, archive)) WITHOUT ROWID",
};

// 4: full-text search over all message bodies (FTS5, external content kept in sync by triggers).
constexpr std::array v4 {
    "CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2')",
    "INSERT INTO messages_fts (rowid, body) SELECT id, body FROM messages",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
    " INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
    " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
    " INSERT INTO messages_fts (messages_fts, rowid, body) VALUES ('delete', old.id, old.body);"
    " INSERT INTO messages_fts (rowid, body) VALUES (new.id, new.body); END",
};

// 5: the stanza's own id attribute, which chat markers (XEP-0333) and receipts refer to. Not
// used for deduplication: unlike origin-id it is not promised to be unique.
constexpr std::array v5 {
    "ALTER TABLE messages ADD COLUMN message_id TEXT",
};

// 6: accounts the person set up (as opposed to rows that only key messages), with how to reach
// them. Never the password: that lives in the system keychain.
constexpr std::array v6 {
    "ALTER TABLE accounts ADD COLUMN configured INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE accounts ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE accounts ADD COLUMN host TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE accounts ADD COLUMN port INTEGER NOT NULL DEFAULT 0",
};

// 7: what happens to a message after it was sent: corrections (XEP-0308), retractions
// (XEP-0424), replies (XEP-0461) and reactions (XEP-0444), and an index to find a message by
// the id another stanza refers to.
constexpr std::array v7 {
    "ALTER TABLE messages ADD COLUMN edited INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN reply_to_id TEXT",
    "ALTER TABLE messages ADD COLUMN reply_to_jid TEXT",
    "CREATE INDEX messages_message_id ON messages (account_id, sender, message_id) WHERE message_id IS NOT "
    "NULL",
    "CREATE TABLE reactions (message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    " sender TEXT NOT NULL, emoji TEXT NOT NULL, PRIMARY KEY (message_id, sender, emoji)) WITHOUT ROWID",
};

// 8: how far back the archive has been copied (background backfill after the first login).
constexpr std::array v8 {
    "ALTER TABLE archive_sync ADD COLUMN oldest_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE archive_sync ADD COLUMN backfill_complete INTEGER NOT NULL DEFAULT 0",
};

// 9: per-chat settings a person makes: pinned to the top, muted, and the unsent draft.
constexpr std::array v9 {
    "ALTER TABLE chats ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE chats ADD COLUMN muted INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE chats ADD COLUMN draft TEXT NOT NULL DEFAULT ''",
    "DROP INDEX chats_by_activity",
    "CREATE INDEX chats_by_activity ON chats (pinned DESC, last_activity DESC)",
};

// 10: the outbox query at every connect (pending outgoing rows) without scanning all history,
// and lookups of a message by the id a correction, reaction or marker names, within a chat.
constexpr std::array v10 {
    "CREATE INDEX messages_pending ON messages (account_id) WHERE outgoing = 1 AND state = 0",
    "CREATE INDEX messages_chat_message_id ON messages (chat_id, message_id) WHERE message_id IS NOT NULL",
    "CREATE INDEX messages_chat_origin_id ON messages (chat_id, origin_id) WHERE origin_id IS NOT NULL",
};

// 11: the account's own corrections, retractions and reactions, queued like messages: kept
// until the server acknowledges them and sent again with the same id after a reconnect.
constexpr std::array v11 {
    "CREATE TABLE outgoing_amendments (id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, chat_jid TEXT NOT NULL,"
    " origin_id TEXT NOT NULL, kind INTEGER NOT NULL, target_id TEXT NOT NULL, body TEXT NOT NULL,"
    " emojis TEXT NOT NULL, state INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
    " UNIQUE (account_id, origin_id))",
    "CREATE INDEX outgoing_amendments_pending ON outgoing_amendments (account_id) WHERE state = 0",
};

// 12: the one certificate the person chose to trust for an account despite its errors
// (SHA-256 of the exact certificate, lowercase hex; empty: none). Only that certificate is accepted.
constexpr std::array v12 {
    "ALTER TABLE accounts ADD COLUMN certificate_pin TEXT NOT NULL DEFAULT ''",
};

// 13: each contact's last known presence and when it was last seen available (shown while
// offline and after a restart), and the network a gateway domain bridges to (XEP-0100 disco
// identity), asked once per domain.
constexpr std::array v13 {
    "CREATE TABLE contact_presence (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " jid TEXT NOT NULL, availability INTEGER NOT NULL, status_text TEXT NOT NULL DEFAULT '',"
    " last_seen INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (account_id, jid)) WITHOUT ROWID",
    "CREATE TABLE gateway_networks (domain TEXT NOT NULL PRIMARY KEY, network TEXT NOT NULL,"
    " checked_at INTEGER NOT NULL) WITHOUT ROWID",
};

// 14: why an outgoing message failed (the server's error, in words), shown beside it.
constexpr std::array v14 {
    "ALTER TABLE messages ADD COLUMN error_text TEXT NOT NULL DEFAULT ''",
};

// 15: the version of the stored roster (RFC 6121 §2.6): asked with it, the server sends only what
// changed. NULL: no version, ask for the whole roster.
constexpr std::array v15 {
    "ALTER TABLE accounts ADD COLUMN roster_version TEXT",
};

// 16: the quote a reply's sender included for clients without replies (XEP-0461 fallback): shown
// when the answered message is not stored here.
constexpr std::array v16 {
    "ALTER TABLE messages ADD COLUMN reply_fallback TEXT NOT NULL DEFAULT ''",
};

// 17: what a message is (MessageKind): a line for content Isthmus cannot show yet (a file share,
// a sticker, an unknown payload) instead of nothing.
constexpr std::array v17 {
    "ALTER TABLE messages ADD COLUMN kind INTEGER NOT NULL DEFAULT 0",
};

// 18: an order key per message, set once at insert (MessageOrder); the server's stamp stays for
// display. Existing rows keep their order: (timestamp, id) becomes (timestamp in µs, id).
constexpr std::array v18 {
    "ALTER TABLE messages ADD COLUMN sort_key INTEGER NOT NULL DEFAULT 0",
    "UPDATE messages SET sort_key = timestamp * 1000",
    "DROP INDEX messages_page",
    "CREATE INDEX messages_page ON messages (chat_id, sort_key, id)",
};

// 19: an empty first sync once marked the backfill complete before anything was stored to go back
// from, so history older than the next login's first page was never fetched. Backfill once more
// from the oldest stored message: where nothing is missing that is one empty page.
constexpr std::array v19 {
    "UPDATE archive_sync SET backfill_complete = 0",
};

// 20: OMEMO (both versions) for each account: one identity and device id, pre-keys and signed
// pre-keys per namespace (0 legacy eu.siacs.conversations.axolotl, 1 urn:xmpp:omemo:2), sessions
// per (jid, device, namespace), the identity each remote device showed, trust per identity key
// (the 33-byte Curve25519 form, shared by both namespaces), and the device lists last seen.
constexpr std::array v20 {
    "CREATE TABLE omemo_own (account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,"
    " device_id INTEGER NOT NULL, identity_key_pair BLOB NOT NULL, next_pre_key_id INTEGER NOT NULL)",
    "CREATE TABLE omemo_pre_keys (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " ns INTEGER NOT NULL, key_id INTEGER NOT NULL, record BLOB NOT NULL,"
    " PRIMARY KEY (account_id, ns, key_id)) WITHOUT ROWID",
    "CREATE TABLE omemo_signed_pre_keys (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE "
    "CASCADE,"
    " ns INTEGER NOT NULL, key_id INTEGER NOT NULL, record BLOB NOT NULL, created INTEGER NOT NULL,"
    " PRIMARY KEY (account_id, ns, key_id)) WITHOUT ROWID",
    "CREATE TABLE omemo_sessions (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " ns INTEGER NOT NULL, jid TEXT NOT NULL, device_id INTEGER NOT NULL, record BLOB NOT NULL,"
    " PRIMARY KEY (account_id, ns, jid, device_id)) WITHOUT ROWID",
    "CREATE TABLE omemo_identities (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " ns INTEGER NOT NULL, jid TEXT NOT NULL, device_id INTEGER NOT NULL, identity_key BLOB NOT NULL,"
    " PRIMARY KEY (account_id, ns, jid, device_id)) WITHOUT ROWID",
    "CREATE TABLE omemo_trust (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " jid TEXT NOT NULL, identity_key BLOB NOT NULL, trust INTEGER NOT NULL,"
    " PRIMARY KEY (account_id, jid, identity_key)) WITHOUT ROWID",
    "CREATE TABLE omemo_devices (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " ns INTEGER NOT NULL, jid TEXT NOT NULL, device_id INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '',"
    " active INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (account_id, ns, jid, device_id)) WITHOUT ROWID",
};

// 21: search by the first letters of a word without reading every matching word's list: FTS5
// keeps an index of each word's first three characters, so "the" (the, then, there, they...)
// is one list, not hundreds to merge (122 ms -> 0.1 ms for the newest 50 of 1,000,000 messages,
// for 43 MB more on disk). Shorter words are matched whole (MessageStore::ftsQuery).
constexpr std::array v21 {
    "DROP TABLE messages_fts",
    "CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id',"
    " tokenize='unicode61 remove_diacritics 2', prefix='3')",
    "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')",
};

// 22: why a stage of the outgoing chain holds a pending message of ours (e.g. no encryption key
// for the contact), kept with it so the chat says so after a restart too; '' when not held.
constexpr std::array v22 {
    "ALTER TABLE messages ADD COLUMN hold_reason TEXT NOT NULL DEFAULT ''",
};

// 23: encryption. Per message how it came or went (MessageEncryption); per chat the user's choice
// (NULL: automatic, on when the contact publishes OMEMO devices; 0 off; 1 on). A used OMEMO
// pre-key is kept (used_at set) for late copies of the message that used it, and deleted later.
constexpr std::array v23 {
    "ALTER TABLE messages ADD COLUMN encryption INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE chats ADD COLUMN encryption INTEGER",
    "ALTER TABLE omemo_pre_keys ADD COLUMN used_at INTEGER",
};

// 24: the key of each OMEMO message this device decrypted, by a digest of its encrypted key: a
// copy that comes again (the server delivers again what an app killed after decrypting, before
// storing, never acknowledged) opens with it. Without it the copy failed as "already decrypted
// once" and the message was lost for good (the soak lost four so under the sanitizers). Kept for
// a week (OmemoEngine::messageKeyGraceSecs); the history itself is in the same database anyway.
constexpr std::array v24 {
    "CREATE TABLE omemo_message_keys (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " digest BLOB NOT NULL, key BLOB NOT NULL, decrypted_at INTEGER NOT NULL,"
    " PRIMARY KEY (account_id, digest)) WITHOUT ROWID",
};

// 25: trust decisions of XEP-0450 trust messages whose sender's key is not verified yet: applied
// once it is (OmemoAtm), at most OmemoTrustRows::maxPostponedPerSender per sender.
constexpr std::array v25 {
    "CREATE TABLE omemo_postponed_trust (account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE "
    "CASCADE,"
    " sender_jid TEXT NOT NULL, sender_key BLOB NOT NULL, owner_jid TEXT NOT NULL, identity_key BLOB NOT "
    "NULL,"
    " trust INTEGER NOT NULL,"
    " PRIMARY KEY (account_id, sender_jid, sender_key, owner_jid, identity_key)) WITHOUT ROWID",
};

const std::array<Migration, 25> migrations { {
    { 1, v1 },
    { 2, v2 },
    { 3, v3 },
    { 4, v4 },
    { 5, v5 },
    { 6, v6 },
    { 7, v7 },
    { 8, v8 },
    { 9, v9 },
    { 10, v10 },
    { 11, v11 },
    { 12, v12 },
    { 13, v13 },
    { 14, v14 },
    { 15, v15 },
    { 16, v16 },
    { 17, v17 },
    { 18, v18 },
    { 19, v19 },
    { 20, v20 },
    { 21, v21 },
    { 22, v22 },
    { 23, v23 },
    { 24, v24 },
    { 25, v25 },
} };

} // namespace

namespace Migrations {

int latestVersion()
{
    return migrations.back().version;
}

int currentVersion(QSqlDatabase &db)
{
    SqlQuery::execute(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations"
                       " (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"));
    SqlQuery query(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

int migrate(QSqlDatabase &db, int targetVersion)
{
    int version = currentVersion(db);
    if (version > latestVersion()) {
        throw DatabaseError(
            QStringLiteral("the database is at schema version %1, newer than this Isthmus (%2)")
                .arg(version)
                .arg(latestVersion()));
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= version || migration.version > targetVersion) {
            continue;
        }
        Transaction transaction(db);
        for (const char *statement : migration.statements) {
            SqlQuery::execute(db, QString::fromUtf8(statement));
        }
        SqlQuery(db, QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (:v, :t)"))
            .bind(QStringLiteral(":v"), migration.version)
            .bind(QStringLiteral(":t"), QDateTime::currentMSecsSinceEpoch())
            .exec();
        transaction.commit();
        qCInfo(lcStorage) << "migrated the schema to version" << migration.version;
        version = migration.version;
    }
    return version;
}

} // namespace Migrations
