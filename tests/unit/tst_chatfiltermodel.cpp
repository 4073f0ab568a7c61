// SPDX-License-Identifier: GPL-3.0-or-later
// ChatFilterModel: what typing into the chat filter or the quick switcher keeps.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include "models/ChatFilterModel.h"
#include "models/ChatListModel.h"

namespace {
QStandardItem *chat(const QString &name, const QString &jid)
{
    auto *item = new QStandardItem;
    item->setData(name, ChatListModel::NameRole);
    item->setData(jid, ChatListModel::JidRole);
    return item;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result += model.index(row, 0).data(ChatListModel::NameRole).toString();
    return result;
}
} // namespace

class ChatFilterModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsMatchesInTheirOrder_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QStringList all { QStringLiteral("Zoë Quinn"), QStringLiteral("Alice Liddell"),
            QStringLiteral("Ünal Çelik"), QStringLiteral("#climbing") };
        QTest::newRow("nothing typed") << QString() << all;
        QTest::newRow("spaces only") << QStringLiteral("   ") << all;
        QTest::newRow("accent-free finds accented") << QStringLiteral("zoe") << QStringList { all[0] };
        QTest::newRow("accented finds accented") << QStringLiteral("Çel") << QStringList { all[2] };
        QTest::newRow("case") << QStringLiteral("ALICE") << QStringList { all[1] };
        QTest::newRow("by address") << QStringLiteral("wonderland") << QStringList { all[1] };
        QTest::newRow("several") << QStringLiteral("li") << QStringList { all[1], all[2], all[3] };
        QTest::newRow("none") << QStringLiteral("bob") << QStringList();
    }

    void keepsMatchesInTheirOrder()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QStandardItemModel source;
        source.setItemRoleNames({ { ChatListModel::NameRole, "name" }, { ChatListModel::JidRole, "jid" } });
        source.appendRow(chat(QStringLiteral("Zoë Quinn"), QStringLiteral("zoe@example.test")));
        source.appendRow(chat(QStringLiteral("Alice Liddell"), QStringLiteral("alice@wonderland.test")));
        source.appendRow(chat(QStringLiteral("Ünal Çelik"), QStringLiteral("unal@example.test")));
        source.appendRow(chat(QStringLiteral("#climbing"), QStringLiteral("climbing%irc.test@biboumi.test")));
        ChatFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&source);
        QSignalSpy counted(&filter, &ChatFilterModel::countChanged);
        filter.setFilterText(typed);
        QCOMPARE(names(filter), expected);
        QCOMPARE(filter.count(), expected.size());
        QCOMPARE(filter.valueAt(0, QStringLiteral("name")).toString(), expected.value(0));
        if (!typed.isEmpty())
            QVERIFY(!counted.isEmpty());
    }

    void newChatsAreFilteredToo()
    {
        QStandardItemModel source;
        ChatFilterModel filter;
        filter.setSourceModel(&source);
        filter.setFilterText(QStringLiteral("bob"));
        QSignalSpy counted(&filter, &ChatFilterModel::countChanged);
        source.appendRow(chat(QStringLiteral("Carol"), QStringLiteral("carol@example.test")));
        source.appendRow(chat(QStringLiteral("Bob"), QStringLiteral("bob@example.test")));
        QCOMPARE(names(filter), QStringList { QStringLiteral("Bob") });
        QVERIFY(!counted.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ChatFilterModelTest)
#include "tst_chatfiltermodel.moc"
