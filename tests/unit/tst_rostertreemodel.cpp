// SPDX-License-Identifier: GPL-3.0-or-later
// RosterTreeModel over a real SQLite RosterStore: groups, sorting, multi-group and ungrouped
// contacts, reloads on roster changes, several accounts, grouping by network; checked by
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "models/RosterTreeModel.h"
#include "models/RosterViewSettings.h"
#include "roster/ContactFacts.h"
#include "roster/GatewayNetworks.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/GatewayNetworkStore.h"
#include "storage/RosterStore.h"
#include "storage/SqlQuery.h"

namespace {
const QString me = QStringLiteral("me@example.test");
const QString work = QStringLiteral("me@work.test");

RosterItem contact(
    const QString &jid, const QString &name, const QStringList &groups = {}, int subscription = 3)
{
    RosterItem item;
    item.jid = jid;
    item.name = name;
    item.groups = groups;
    item.subscription = subscription;
    return item;
}
} // namespace

class RosterTreeModelTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterStore> m_store;
    std::unique_ptr<RosterTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_accounts;

    // The titles of the top-level rows.
    QStringList groupTitles() const
    {
        QStringList titles;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            titles.append(m_model->index(row, 0).data().toString());
        }
        return titles;
    }

    int groupRow(const QString &title) const { return int(groupTitles().indexOf(title)); }

    // The names of the contacts under the group titled title.
    QStringList contactsIn(const QString &title) const
    {
        const QModelIndex group = m_model->index(groupRow(title), 0);
        QStringList names;
        for (int row = 0; row < m_model->rowCount(group); ++row) {
            names.append(m_model->index(row, 0, group).data(RosterTreeModel::NameRole).toString());
        }
        return names;
    }

    // Runs a store change and waits until the model has reloaded after it.
    void change(QFuture<void> future)
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        awaitResult(std::move(future));
        QTRY_VERIFY(reset.count() > 0);
    }

    // A contact without a group (and without a name): stored through the store, whose NOT NULL
    // columns once refused the null strings an empty list and name turn into.
    void storeDirectly(const QString &account, const RosterItem &item)
    {
        awaitResult(m_store->upsertItem(account, item));
        reloadAndWait();
    }

    // Carol in Friends and Work, Dan in Work.
    void storeCarolInTwoGroupsAndDan()
    {
        change(m_store->replaceRoster(me,
            {
                contact(QStringLiteral("carol@example.test"), QStringLiteral("Carol"),
                    { QStringLiteral("Friends"), QStringLiteral("Work") }),
                contact(
                    QStringLiteral("dan@example.test"), QStringLiteral("Dan"), { QStringLiteral("Work") }),
            }));
    }
    void reloadAndWait()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->reload();
        // Not reset.wait(): when the rosters are read before reload() returns, the reset happens in it.
        QTRY_VERIFY(reset.count() > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Locale-aware sorting is part of what is tested ("Émile" between "Dave" and "Frank").
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("roster%1.sqlite").arg(++n)));
        awaitResult(m_db->open());
        m_store = std::make_unique<RosterStore>(m_db.get());
        m_accounts = { me };
        m_model = std::make_unique<RosterTreeModel>(m_store.get(), [this] { return m_accounts; });
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first load (of an empty roster) finishes before the test changes anything.
        reloadAndWait();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_store.reset();
        m_db.reset();
    }

    void emptyRosterHasNoRows()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->count(), 0);
        QVERIFY(m_model->groups().isEmpty());
    }

    void groupsSortedByNameWithUngroupedContactsLast()
    {
        change(m_store->replaceRoster(me,
            {
                contact(
                    QStringLiteral("zoe@example.test"), QStringLiteral("Zoe"), { QStringLiteral("Work") }),
                contact(QStringLiteral("alice@example.test"), QStringLiteral("Alice"),
                    { QStringLiteral("friends") }),
                contact(
                    QStringLiteral("ann@example.test"), QStringLiteral("ann"), { QStringLiteral("Family") }),
                contact(
                    QStringLiteral("bob@example.test"), QStringLiteral("bob"), { QStringLiteral("friends") }),
                contact(QStringLiteral("emile@example.test"), QStringLiteral("Émile"),
                    { QStringLiteral("friends") }),
                contact(QStringLiteral("frank@example.test"), QStringLiteral("Frank"),
                    { QStringLiteral("friends") }),
                contact(QStringLiteral("dave@example.test"), QStringLiteral("Dave"),
                    { QStringLiteral("friends") }),
            }));
        storeDirectly(me, contact(QStringLiteral("nogroup@example.test"), {}));
        // Case-insensitive: "Family" < "friends" < "Work"; the contacts without a group last.
        QCOMPARE(groupTitles(),
            QStringList({ QStringLiteral("Family"), QStringLiteral("friends"), QStringLiteral("Work"),
                QStringLiteral("Contacts") }));
        QCOMPARE(contactsIn(QStringLiteral("friends")),
            QStringList({ QStringLiteral("Alice"), QStringLiteral("bob"), QStringLiteral("Dave"),
                QStringLiteral("Émile"), QStringLiteral("Frank") }));
        // Without a roster name, the address's user part.
        QCOMPARE(contactsIn(QStringLiteral("Contacts")), QStringList({ QStringLiteral("nogroup") }));
        QCOMPARE(m_model->count(), 8);
        QCOMPARE(m_model->groups(),
            QStringList({ QStringLiteral("Family"), QStringLiteral("friends"), QStringLiteral("Work") }));
    }

    void rolesOfGroupsAndContacts()
    {
        change(m_store->replaceRoster(me,
            {
                contact(QStringLiteral("alice@example.test"), QStringLiteral("Alice"),
                    { QStringLiteral("Friends") }, 3),
            }));
        storeDirectly(me, contact(QStringLiteral("bob@example.test"), {}, {}, 2));
        const QHash<int, QByteArray> roles = m_model->roleNames();
        for (const char *name :
            { "display", "name", "jid", "account", "isGroup", "groupName", "contactCount", "subscription" }) {
            QVERIFY2(roles.values().contains(QByteArray(name)), name);
        }

        const QModelIndex friends = m_model->index(groupRow(QStringLiteral("Friends")), 0);
        QVERIFY(friends.data(RosterTreeModel::IsGroupRole).toBool());
        QCOMPARE(friends.data(RosterTreeModel::GroupNameRole).toString(), QStringLiteral("Friends"));
        QCOMPARE(friends.data(RosterTreeModel::ContactCountRole).toInt(), 1);
        QCOMPARE(friends.data(RosterTreeModel::JidRole).toString(), QString());
        QVERIFY(!friends.parent().isValid());

        const QModelIndex alice = m_model->index(0, 0, friends);
        QVERIFY(!alice.data(RosterTreeModel::IsGroupRole).toBool());
        QCOMPARE(alice.data(Qt::DisplayRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(alice.data(RosterTreeModel::JidRole).toString(), QStringLiteral("alice@example.test"));
        QCOMPARE(alice.data(RosterTreeModel::AccountRole).toString(), me);
        QCOMPARE(alice.data(RosterTreeModel::GroupNameRole).toString(), QStringLiteral("Friends"));
        QCOMPARE(alice.data(RosterTreeModel::SubscriptionRole).toInt(), 3);
        QCOMPARE(alice.parent(), friends);
        QCOMPARE(m_model->rowCount(alice), 0);
        QVERIFY(!m_model->index(0, 0, alice).isValid());

        // The node of contacts without a group: titled "Contacts", its group name empty.
        const QModelIndex ungrouped = m_model->index(groupRow(QStringLiteral("Contacts")), 0);
        QCOMPARE(ungrouped.data(RosterTreeModel::GroupNameRole).toString(), QString());
        const QModelIndex bob = m_model->index(0, 0, ungrouped);
        QCOMPARE(bob.data(RosterTreeModel::NameRole).toString(), QStringLiteral("bob"));
        QCOMPARE(bob.data(RosterTreeModel::SubscriptionRole).toInt(), 2);
        QCOMPARE(bob.parent(), ungrouped);
    }

    void contactInTwoGroupsIsUnderBoth()
    {
        storeCarolInTwoGroupsAndDan();
        QCOMPARE(groupTitles(), QStringList({ QStringLiteral("Friends"), QStringLiteral("Work") }));
        QCOMPARE(contactsIn(QStringLiteral("Friends")), QStringList({ QStringLiteral("Carol") }));
        QCOMPARE(contactsIn(QStringLiteral("Work")),
            QStringList({ QStringLiteral("Carol"), QStringLiteral("Dan") }));
        QCOMPARE(m_model->count(), 2); // Carol counted once
        const QModelIndex work = m_model->index(1, 0);
        QCOMPARE(work.data(RosterTreeModel::ContactCountRole).toInt(), 2);
        // Each copy knows the group it is shown under.
        QCOMPARE(m_model->index(0, 0, work).data(RosterTreeModel::GroupNameRole).toString(),
            QStringLiteral("Work"));
        QCOMPARE(m_model->index(0, 0, work).parent(), work);
        QCOMPARE(m_model->index(0, 0, m_model->index(0, 0)).parent(), m_model->index(0, 0));
    }

    // The page puts its cursor back through nodeOf after every reset: under the group it was in,
    // else under the contact's first group; a group by its name.
    void nodesByAddressAndGroup()
    {
        storeCarolInTwoGroupsAndDan();
        const QString carol = QStringLiteral("carol@example.test");
        const QModelIndex inWork = m_model->nodeOf(me, carol, QStringLiteral("Work"));
        QCOMPARE(inWork.data(RosterTreeModel::JidRole).toString(), carol);
        QCOMPARE(inWork.parent().data(RosterTreeModel::GroupNameRole).toString(), QStringLiteral("Work"));
        const QModelIndex first = m_model->nodeOf(me, carol, QStringLiteral("Gone"));
        QCOMPARE(first.parent().data(RosterTreeModel::GroupNameRole).toString(), QStringLiteral("Friends"));
        QCOMPARE(m_model->nodeOf(QString(), QStringLiteral("dan@example.test")).row(), 1);
        QCOMPARE(m_model->nodeOf(QString(), QString(), QStringLiteral("Work")), m_model->index(1, 0));
        QVERIFY(!m_model->nodeOf(me, QStringLiteral("nobody@example.test")).isValid());
        QVERIFY(!m_model->nodeOf(work, carol).isValid());
        QVERIFY(!m_model->nodeOf(QString(), QString(), QStringLiteral("Gone")).isValid());
    }

    void renameAndRegroupReload()
    {
        change(m_store->replaceRoster(me,
            {
                contact(QStringLiteral("alice@example.test"), QStringLiteral("Alice"),
                    { QStringLiteral("Friends") }),
                contact(
                    QStringLiteral("bob@example.test"), QStringLiteral("Bob"), { QStringLiteral("Friends") }),
            }));
        QCOMPARE(contactsIn(QStringLiteral("Friends")),
            QStringList({ QStringLiteral("Alice"), QStringLiteral("Bob") }));

        change(m_store->upsertItem(me,
            contact(QStringLiteral("alice@example.test"), QStringLiteral("Zelda"),
                { QStringLiteral("Friends") })));
        QCOMPARE(contactsIn(QStringLiteral("Friends")),
            QStringList({ QStringLiteral("Bob"), QStringLiteral("Zelda") }));

        change(m_store->upsertItem(me,
            contact(QStringLiteral("bob@example.test"), QStringLiteral("Bob"), { QStringLiteral("Band") })));
        QCOMPARE(groupTitles(), QStringList({ QStringLiteral("Band"), QStringLiteral("Friends") }));
        QCOMPARE(contactsIn(QStringLiteral("Band")), QStringList({ QStringLiteral("Bob") }));
        QCOMPARE(contactsIn(QStringLiteral("Friends")), QStringList({ QStringLiteral("Zelda") }));

        // Out of every group: under "Contacts".
        storeDirectly(me, contact(QStringLiteral("bob@example.test"), QStringLiteral("Bob")));
        QCOMPARE(groupTitles(), QStringList({ QStringLiteral("Friends"), QStringLiteral("Contacts") }));

        QSignalSpy countChanged(m_model.get(), &RosterTreeModel::countChanged);
        change(m_store->removeItem(me, QStringLiteral("alice@example.test")));
        // The reload that storeDirectly's write also started may land after the reset change()
        // waited for: wait for the state itself (under load it once read the roster before).
        QTRY_COMPARE(groupTitles(), QStringList({ QStringLiteral("Contacts") }));
        QCOMPARE(m_model->count(), 1);
        QCOMPARE(countChanged.count(), 1);
    }

    void burstOfChangesEndsInTheLastState()
    {
        QList<QFuture<void>> writes;
        for (int i = 0; i < 20; ++i) {
            writes.append(m_store->upsertItem(me,
                contact(QStringLiteral("c%1@example.test").arg(i), QStringLiteral("C %1").arg(i),
                    { QStringLiteral("Many") })));
        }
        for (const QFuture<void> &write : writes) {
            awaitResult(write);
        }
        QTRY_COMPARE(m_model->count(), 20);
        // Numbers in names sort as numbers.
        QCOMPARE(contactsIn(QStringLiteral("Many")).mid(0, 3),
            QStringList({ QStringLiteral("C 0"), QStringLiteral("C 1"), QStringLiteral("C 2") }));
        QCOMPARE(contactsIn(QStringLiteral("Many")).last(), QStringLiteral("C 19"));
    }

    void twoAccounts()
    {
        m_accounts = { me, work };
        change(m_store->replaceRoster(me,
            {
                contact(QStringLiteral("alice@example.test"), QStringLiteral("Alice"),
                    { QStringLiteral("Friends") }),
                contact(QStringLiteral("boss@work.test"), QStringLiteral("Boss"), { QStringLiteral("Work") }),
            }));
        change(m_store->replaceRoster(work,
            {
                contact(QStringLiteral("boss@work.test"), QStringLiteral("Boss"), { QStringLiteral("Work") }),
                contact(QStringLiteral("colleague@work.test"), QStringLiteral("Colleague"),
                    { QStringLiteral("Work") }),
            }));
        QCOMPARE(groupTitles(), QStringList({ QStringLiteral("Friends"), QStringLiteral("Work") }));
        // The same address in both rosters is one row per account.
        QCOMPARE(contactsIn(QStringLiteral("Work")),
            QStringList({ QStringLiteral("Boss"), QStringLiteral("Boss"), QStringLiteral("Colleague") }));
        const QModelIndex workGroup = m_model->index(1, 0);
        QCOMPARE(m_model->index(0, 0, workGroup).data(RosterTreeModel::AccountRole).toString(), me);
        QCOMPARE(m_model->index(1, 0, workGroup).data(RosterTreeModel::AccountRole).toString(), work);
        QCOMPARE(m_model->index(2, 0, workGroup).data(RosterTreeModel::AccountRole).toString(), work);
        QCOMPARE(m_model->count(), 4);

        // An account that is no longer set up disappears at the next reload.
        m_accounts = { work };
        reloadAndWait();
        QCOMPARE(groupTitles(), QStringList({ QStringLiteral("Work") }));
        QCOMPARE(m_model->count(), 2);
    }

    // Grouped by network: XMPP first, the networks by name, a gateway of no known kind last;
    // each contact once, even when it is in two roster groups; back to the roster groups after.
    // The arrangement the person chose comes back at the next start (a new model on the same
    // settings file), and a fresh profile starts by name and by roster group.
    void theArrangementSurvivesARestart()
    {
        const QString settings = m_dir.filePath(QStringLiteral("view.ini"));
        {
            RosterViewSettings view(settings, m_model.get());
            QCOMPARE(m_model->sortOrder(), RosterTreeModel::ByName);
            QCOMPARE(m_model->grouping(), RosterTreeModel::ByRosterGroup);
            m_model->setSortOrder(RosterTreeModel::OnlineFirst);
            m_model->setGrouping(RosterTreeModel::ByNetwork);
        }
        RosterTreeModel again(m_store.get(), [this] { return m_accounts; });
        {
            RosterViewSettings view(settings, &again);
            QCOMPARE(again.sortOrder(), RosterTreeModel::OnlineFirst);
            QCOMPARE(again.grouping(), RosterTreeModel::ByNetwork);
            again.setGrouping(RosterTreeModel::ByRosterGroup);
        }
        RosterTreeModel third(m_store.get(), [this] { return m_accounts; });
        RosterViewSettings view(settings, &third);
        QCOMPARE(third.sortOrder(), RosterTreeModel::OnlineFirst);
        QCOMPARE(third.grouping(), RosterTreeModel::ByRosterGroup);
    }

    void groupedByNetwork()
    {
        GatewayNetworkStore networkStore(m_db.get());
        awaitResult(networkStore.save(QStringLiteral("irc.example.test"), QStringLiteral("irc")));
        awaitResult(networkStore.save(QStringLiteral("tg.example.test"), QStringLiteral("telegram")));
        awaitResult(networkStore.save(QStringLiteral("odd.example.test"), QStringLiteral("gateway")));
        change(m_store->replaceRoster(me,
            {
                contact(QStringLiteral("alice@example.test"), QStringLiteral("Alice"),
                    { QStringLiteral("Friends"), QStringLiteral("Work") }),
                contact(QStringLiteral("bob@example.test"), QStringLiteral("Bob")),
                contact(QStringLiteral("nick%irc.libera.chat@irc.example.test"), QStringLiteral("Nick"),
                    { QStringLiteral("Friends") }),
                contact(QStringLiteral("+15550100@tg.example.test"), QStringLiteral("Tanya")),
                contact(QStringLiteral("x@odd.example.test"), QStringLiteral("Xavier")),
            }));
        m_model->setGrouping(RosterTreeModel::ByNetwork);
        QCOMPARE(groupTitles(), QStringList({ QStringLiteral("XMPP") })); // no network known yet

        // The networks are read from their store after the start, as in the app.
        GatewayNetworks networks(&networkStore);
        ContactFacts facts;
        facts.setGatewayNetworks(&networks);
        m_model->setContactFacts(&facts);
        QTRY_COMPARE(groupTitles(),
            QStringList({ QStringLiteral("XMPP"), QStringLiteral("IRC"), QStringLiteral("Telegram"),
                QStringLiteral("Other networks") }));
        QCOMPARE(contactsIn(QStringLiteral("XMPP")),
            QStringList({ QStringLiteral("Alice"), QStringLiteral("Bob") }));
        QCOMPARE(contactsIn(QStringLiteral("IRC")), QStringList({ QStringLiteral("Nick") }));
        QCOMPARE(contactsIn(QStringLiteral("Other networks")), QStringList({ QStringLiteral("Xavier") }));
        QCOMPARE(
            m_model->index(0, 0).data(RosterTreeModel::GroupNameRole).toString(), QStringLiteral("network:"));
        QCOMPARE(m_model->index(1, 0).data(RosterTreeModel::GroupNameRole).toString(),
            QStringLiteral("network:irc"));
        QCOMPARE(m_model->index(1, 0).data(RosterTreeModel::ContactCountRole).toInt(), 1);
        // The roster groups are still offered (adding or moving a contact).
        QCOMPARE(m_model->groups(), QStringList({ QStringLiteral("Friends"), QStringLiteral("Work") }));
        QCOMPARE(m_model->count(), 5);

        m_model->setGrouping(RosterTreeModel::ByRosterGroup);
        QCOMPARE(groupTitles(),
            QStringList({ QStringLiteral("Friends"), QStringLiteral("Work"), QStringLiteral("Contacts") }));
        QCOMPARE(contactsIn(QStringLiteral("Friends")),
            QStringList({ QStringLiteral("Alice"), QStringLiteral("Nick") }));
        m_model->setContactFacts(nullptr);
    }
};

QTEST_GUILESS_MAIN(RosterTreeModelTest)
#include "tst_rostertreemodel.moc"
