// SPDX-License-Identifier: GPL-3.0-or-later
// PresenceCache fed with presence stanzas in-process: the most available resource wins, other
// senders are ignored, the last known state survives a restart; RosterTreeModel orders contacts
// by name or online first and signals only the rows that changed.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>

#include "AwaitFuture.h"
#include "models/ChatListModel.h"
#include "models/RosterTreeModel.h"
#include "roster/ContactFacts.h"
#include "roster/PresenceCache.h"
#include "storage/ChatStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/PresenceStore.h"
#include "storage/RosterStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");
const QString alice = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");
const QString carol = QStringLiteral("carol@example.test");
const QString dave = QStringLiteral("dave@example.test");

QXmppPresence available(const QString &from, QXmppPresence::AvailableStatusType show = QXmppPresence::Online,
    const QString &status = {}, int priority = 0)
{
    QXmppPresence presence(QXmppPresence::Available);
    presence.setFrom(from);
    presence.setTo(me + QStringLiteral("/desktop"));
    presence.setAvailableStatusType(show);
    presence.setStatusText(status);
    presence.setPriority(priority);
    return presence;
}

QXmppPresence unavailable(const QString &from, const QString &status = {})
{
    QXmppPresence presence(QXmppPresence::Unavailable);
    presence.setFrom(from);
    presence.setStatusText(status);
    return presence;
}

RosterItem contact(const QString &jid, const QString &name)
{
    RosterItem item;
    item.jid = jid;
    item.name = name;
    item.subscription = 3;
    return item;
}
} // namespace

class ContactPresenceTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PresenceStore> m_presenceStore;
    std::unique_ptr<PresenceCache> m_cache;
    std::unique_ptr<ContactFacts> m_facts;
    std::unique_ptr<RosterStore> m_roster;
    std::unique_ptr<RosterTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    Presence::Availability availabilityOf(const QString &jid) const
    {
        return m_cache->presence(me, jid).availability;
    }

    // The contacts of the only group, in the order shown.
    QStringList shownOrder() const
    {
        const QModelIndex group = m_model->index(0, 0);
        QStringList names;
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            names.append(m_model->index(row, 0, group).data(RosterTreeModel::NameRole).toString());
        }
        return names;
    }

    QModelIndex rowOf(const QString &name) const
    {
        const QModelIndex group = m_model->index(0, 0);
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            const QModelIndex index = m_model->index(row, 0, group);
            if (index.data(RosterTreeModel::NameRole).toString() == name) {
                return index;
            }
        }
        return {};
    }

    void withRosterOfFour()
    {
        m_roster = std::make_unique<RosterStore>(m_db.get());
        m_model = std::make_unique<RosterTreeModel>(m_roster.get(), [] { return QStringList { me }; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setContactFacts(m_facts.get());
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        awaitResult(m_roster->replaceRoster(me,
            { contact(alice, QStringLiteral("Alice")), contact(bob, QStringLiteral("Bob")),
                contact(carol, QStringLiteral("Carol")), contact(dave, QStringLiteral("Dave")) }));
        QTRY_VERIFY(reset.count() > 0);
        QTRY_COMPARE(m_model->count(), 4);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("presence%1.sqlite").arg(++n)));
        awaitResult(m_db->open());
        m_presenceStore = std::make_unique<PresenceStore>(m_db.get());
        m_cache = std::make_unique<PresenceCache>(m_presenceStore.get());
        m_facts = std::make_unique<ContactFacts>();
        m_facts->setPresenceCache(m_cache.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_roster.reset();
        m_facts.reset();
        m_cache.reset();
        m_presenceStore.reset();
        m_db.reset();
    }

    void mostAvailableResourceWins()
    {
        QCOMPARE(availabilityOf(alice), Presence::Offline);
        m_cache->handlePresence(
            me, available(alice + QStringLiteral("/phone"), QXmppPresence::XA, QStringLiteral("asleep")));
        QCOMPARE(availabilityOf(alice), Presence::ExtendedAway);
        QCOMPARE(m_cache->presence(me, alice).statusText, QStringLiteral("asleep"));
        m_cache->handlePresence(
            me, available(alice + QStringLiteral("/laptop"), QXmppPresence::Chat, QStringLiteral("at work")));
        QCOMPARE(availabilityOf(alice), Presence::Online);
        QCOMPARE(m_cache->presence(me, alice).statusText, QStringLiteral("at work"));
        QVERIFY(m_cache->presence(me, alice).lastSeen > 0);

        // The laptop leaves: the phone's state shows again.
        m_cache->handlePresence(me, unavailable(alice + QStringLiteral("/laptop")));
        QCOMPARE(availabilityOf(alice), Presence::ExtendedAway);
        QCOMPARE(m_cache->presence(me, alice).statusText, QStringLiteral("asleep"));
        // Equally available resources: the higher priority speaks.
        m_cache->handlePresence(
            me, available(alice + QStringLiteral("/tablet"), QXmppPresence::XA, QStringLiteral("tablet"), 5));
        QCOMPARE(m_cache->presence(me, alice).statusText, QStringLiteral("tablet"));

        // Every resource gone: offline, with the parting words of the last one.
        m_cache->handlePresence(me, unavailable(alice + QStringLiteral("/tablet")));
        m_cache->handlePresence(
            me, unavailable(alice + QStringLiteral("/phone"), QStringLiteral("gone to bed")));
        QCOMPARE(availabilityOf(alice), Presence::Offline);
        QCOMPARE(m_cache->presence(me, alice).statusText, QStringLiteral("gone to bed"));
        QVERIFY(m_cache->presence(me, alice).lastSeen > 0);
    }

    void showValuesMapToAvailability_data()
    {
        QTest::addColumn<int>("show");
        QTest::addColumn<Presence::Availability>("expected");
        QTest::addRow("online") << int(QXmppPresence::Online) << Presence::Online;
        QTest::addRow("chat") << int(QXmppPresence::Chat) << Presence::Online;
        QTest::addRow("away") << int(QXmppPresence::Away) << Presence::Away;
        QTest::addRow("xa") << int(QXmppPresence::XA) << Presence::ExtendedAway;
        QTest::addRow("dnd") << int(QXmppPresence::DND) << Presence::DoNotDisturb;
    }
    void showValuesMapToAvailability()
    {
        QFETCH(int, show);
        QFETCH(Presence::Availability, expected);
        m_cache->handlePresence(
            me, available(bob + QStringLiteral("/r"), QXmppPresence::AvailableStatusType(show)));
        QCOMPARE(availabilityOf(bob), expected);
    }

    void otherSendersAreIgnored()
    {
        QSignalSpy changed(m_cache.get(), &PresenceCache::presenceChanged);
        // Our own other device.
        m_cache->handlePresence(me, available(me + QStringLiteral("/phone")));
        // A group chat occupant (room@service/nick carries a MUC item).
        QXmppPresence occupant = available(QStringLiteral("room@conference.example.test/alice"));
        QXmppMucItem item;
        item.setRole(QXmppMucItem::ParticipantRole);
        occupant.setMucItem(item);
        m_cache->handlePresence(me, occupant);
        // No sender at all, and a subscription request (not an availability).
        m_cache->handlePresence(me, available(QString()));
        QXmppPresence subscribe(QXmppPresence::Subscribe);
        subscribe.setFrom(carol);
        m_cache->handlePresence(me, subscribe);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(availabilityOf(me), Presence::Offline);
        QCOMPARE(m_cache->presence(me, QStringLiteral("room@conference.example.test")).availability,
            Presence::Offline);
        QCOMPARE(availabilityOf(carol), Presence::Offline);

        // A contact's presence only changes that contact.
        m_cache->handlePresence(me, available(carol + QStringLiteral("/x"), QXmppPresence::DND));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toString(), carol);
        QCOMPARE(availabilityOf(alice), Presence::Offline);
        // The same state again is no change.
        m_cache->handlePresence(me, available(carol + QStringLiteral("/x"), QXmppPresence::DND));
        QCOMPARE(changed.count(), 1);
    }

    void losingTheConnectionMakesEverybodyOffline()
    {
        m_cache->handlePresence(
            me, available(alice + QStringLiteral("/a"), QXmppPresence::Away, QStringLiteral("lunch")));
        m_cache->handlePresence(QStringLiteral("other@example.test"), available(bob + QStringLiteral("/b")));
        m_cache->accountOffline(me);
        QCOMPARE(availabilityOf(alice), Presence::Offline);
        QVERIFY(m_cache->presence(me, alice).statusText.isEmpty());
        QVERIFY(m_cache->presence(me, alice).lastSeen > 0);
        QCOMPARE(m_cache->presence(QStringLiteral("other@example.test"), bob).availability, Presence::Online);
    }

    void withdrawnSubscriptionMakesTheContactOffline()
    {
        m_cache->handlePresence(
            me, available(alice + QStringLiteral("/a"), QXmppPresence::Away, QStringLiteral("lunch")));
        QSignalSpy changed(m_cache.get(), &PresenceCache::presenceChanged);
        m_cache->presenceWithdrawn(me, alice);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(availabilityOf(alice), Presence::Offline);
        QVERIFY(m_cache->presence(me, alice).statusText.isEmpty());
        m_cache->presenceWithdrawn(me, alice); // nothing left to withdraw
        m_cache->presenceWithdrawn(me, bob); // never known
        QCOMPARE(changed.count(), 1);
    }

    void lastKnownStateSurvivesARestart()
    {
        m_cache->handlePresence(me, available(alice + QStringLiteral("/a")));
        m_cache->handlePresence(me, unavailable(alice + QStringLiteral("/a"), QStringLiteral("on holiday")));
        m_cache->handlePresence(
            me, available(bob + QStringLiteral("/b"), QXmppPresence::Away, QStringLiteral("brb")));
        const qint64 aliceSeen = m_cache->presence(me, alice).lastSeen;
        QVERIFY(aliceSeen > 0);
        // The writes are queued on the database thread before this read.
        const auto stored = awaitResult(m_presenceStore->all());
        QCOMPARE(stored.size(), 2);

        PresenceCache restarted(m_presenceStore.get());
        QTRY_VERIFY(restarted.presence(me, alice).lastSeen > 0);
        QTRY_VERIFY(restarted.presence(me, bob).lastSeen > 0);
        QCOMPARE(restarted.presence(me, alice).lastSeen, aliceSeen);
        QCOMPARE(restarted.presence(me, alice).statusText, QStringLiteral("on holiday"));
        // Not live any more: shown offline, without the status it had while online.
        QCOMPARE(restarted.presence(me, bob).availability, Presence::Offline);
        QVERIFY(restarted.presence(me, bob).statusText.isEmpty());
    }

    void rosterSortsByNameOrOnlineFirst()
    {
        withRosterOfFour();
        const QStringList byName { QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol"),
            QStringLiteral("Dave") };
        QCOMPARE(m_model->sortOrder(), RosterTreeModel::ByName);
        m_cache->handlePresence(me, available(dave + QStringLiteral("/d")));
        m_cache->handlePresence(me, available(carol + QStringLiteral("/c"), QXmppPresence::DND));
        m_cache->handlePresence(me, available(bob + QStringLiteral("/b"), QXmppPresence::Away));
        QCOMPARE(shownOrder(), byName);

        QSignalSpy orderChanged(m_model.get(), &RosterTreeModel::sortOrderChanged);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_model->setSortOrder(RosterTreeModel::OnlineFirst);
        QCOMPARE(orderChanged.count(), 1);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(shownOrder(),
            QStringList({ QStringLiteral("Dave"), QStringLiteral("Bob"), QStringLiteral("Carol"),
                QStringLiteral("Alice") }));

        // A persistent index (a selected row) follows its contact when the order changes.
        QPersistentModelIndex selected(rowOf(QStringLiteral("Alice")));
        QCOMPARE(selected.row(), 3);
        m_cache->handlePresence(me, available(alice + QStringLiteral("/a"), QXmppPresence::Chat));
        // Re-sorted once shortly after a burst of presences, not for each.
        QCOMPARE(layout.count(), 1);
        QTRY_COMPARE(layout.count(), 2);
        QCOMPARE(shownOrder(),
            QStringList({ QStringLiteral("Alice"), QStringLiteral("Dave"), QStringLiteral("Bob"),
                QStringLiteral("Carol") }));
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data(RosterTreeModel::NameRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(selected.data(RosterTreeModel::PresenceRole).toInt(), int(Presence::Online));

        // Equal availability falls back to the name.
        m_cache->handlePresence(me, unavailable(alice + QStringLiteral("/a")));
        m_cache->handlePresence(me, unavailable(dave + QStringLiteral("/d")));
        QTRY_COMPARE(layout.count(), 3); // both in one re-sort
        QTest::qWait(100);
        QCOMPARE(layout.count(), 3);
        QCOMPARE(shownOrder(),
            QStringList({ QStringLiteral("Bob"), QStringLiteral("Carol"), QStringLiteral("Alice"),
                QStringLiteral("Dave") }));

        m_model->setSortOrder(RosterTreeModel::ByName);
        QCOMPARE(shownOrder(), byName);
    }

    void presenceChangeSignalsOnlyThatRow()
    {
        withRosterOfFour();
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_cache->handlePresence(
            me, available(carol + QStringLiteral("/c"), QXmppPresence::Away, QStringLiteral("tea")));
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), topLeft);
        QCOMPARE(topLeft.data(RosterTreeModel::JidRole).toString(), carol);
        QCOMPARE(topLeft.data(RosterTreeModel::PresenceRole).toInt(), int(Presence::Away));
        QCOMPARE(topLeft.data(RosterTreeModel::StatusTextRole).toString(), QStringLiteral("tea"));
        QVERIFY(topLeft.data(RosterTreeModel::LastSeenRole).toDateTime().isValid());
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(RosterTreeModel::PresenceRole));
        QVERIFY(!roles.contains(RosterTreeModel::NameRole));
        QCOMPARE(layout.count(), 0);
        QCOMPARE(reset.count(), 0);
        // Never seen: no time.
        QVERIFY(!rowOf(QStringLiteral("Dave")).data(RosterTreeModel::LastSeenRole).toDateTime().isValid());
        // A stranger's presence changes no row.
        m_cache->handlePresence(me, available(QStringLiteral("stranger@example.test/x")));
        QCOMPARE(changed.count(), 1);
    }

    void chatListShowsThePeersPresence()
    {
        MessageStore messages(m_db.get());
        ChatStore rows(m_db.get(), &messages);
        ChatListModel chats(&rows, &messages);
        chats.setContactFacts(m_facts.get());
        awaitResult(messages.chatId(me, alice));
        awaitResult(messages.chatId(me, bob));
        chats.reload();
        QTRY_COMPARE(chats.count(), 2);
        QSignalSpy changed(&chats, &QAbstractItemModel::dataChanged);
        m_cache->handlePresence(
            me, available(bob + QStringLiteral("/b"), QXmppPresence::DND, QStringLiteral("busy")));
        QCOMPARE(changed.count(), 1);
        const QModelIndex row = changed.at(0).at(0).value<QModelIndex>();
        QCOMPARE(row.data(ChatListModel::JidRole).toString(), bob);
        QCOMPARE(row.data(ChatListModel::PresenceRole).toInt(), int(Presence::DoNotDisturb));
        QCOMPARE(row.data(ChatListModel::StatusTextRole).toString(), QStringLiteral("busy"));
        const int aliceRow = row.row() == 0 ? 1 : 0;
        QCOMPARE(chats.index(aliceRow).data(ChatListModel::PresenceRole).toInt(), int(Presence::Offline));
    }
};

QTEST_GUILESS_MAIN(ContactPresenceTest)
#include "tst_contactpresence.moc"
