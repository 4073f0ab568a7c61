// SPDX-License-Identifier: GPL-3.0-or-later
// The ad-hoc command page (XEP-0050) in-process, with the entity's answers injected: the list of
// commands, a form stage whose label, instructions and note carry markup (shown as written; the
// <img> URL, a local TCP server, is never contacted), then a result table. Screenshots of both.
#include <KLocalizedQmlContext>

#include <QBuffer>
#include <QDir>
#include <QDomDocument>
#include <QFileInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppPromise.h>

#include "QuickItemTree.h"
#include "ScreenshotCheck.h"
#include "models/AdHocCommandController.h"
#include "models/PlainTextMarkup.h"
#include "xmpp/Xep0050AdHocCommands.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
// Visible text items showing exactly `text`: in a plain-text label, or escaped for a label that
// renders markup.
int shown(QQuickWindow *window, const QString &text)
{
    int count = 0;
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        const QString itemText = item->property("text").toString();
        const bool plain = item->property("textFormat").toInt() == Qt::PlainText;
        if (item->isVisible() && ((plain && itemText == text) || itemText == plainTextMarkup(text))) {
            ++count;
        }
    }
    return count;
}

QDomElement element(const QString &xml)
{
    static QList<QDomDocument> documents;
    QDomDocument doc;
    if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        qFatal("test stanza does not parse");
    }
    documents.append(doc);
    return doc.documentElement();
}

struct Entity
{
    QList<std::shared_ptr<QXmppPromise<QXmppClient::IqResult>>> pending;
    QStringList sent;
    Xep0050AdHocCommands::IqSender sender()
    {
        return [this](QXmppIq &&iq) {
            QString xml;
            QXmlStreamWriter writer(&xml);
            iq.toXml(&writer);
            sent.append(xml);
            pending.append(std::make_shared<QXmppPromise<QXmppClient::IqResult>>());
            return pending.last()->task();
        };
    }
    void answer(const QString &xml) { pending.takeFirst()->finish(QXmppClient::IqResult(element(xml))); }
};

// A code-like picture as a data: URI, the way a gateway inlines a login QR code (XEP-0221).
QString codePicture()
{
    QImage image(25, 25, QImage::Format_Mono);
    for (int y = 0; y < 25; ++y) {
        for (int x = 0; x < 25; ++x) {
            const bool finder = (x < 7 && y < 7) || (x > 17 && y < 7) || (x < 7 && y > 17);
            image.setPixel(x, y,
                finder
                    ? ((x % 6 == 0 || y % 6 == 0 || (x % 6 > 1 && x % 6 < 5 && y % 6 > 1 && y % 6 < 5)) ? 0
                                                                                                        : 1)
                    : ((x * 7 + y * 13 + x * y) % 3 == 0 ? 0 : 1));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString save(QQuickWindow *window, const QString &name)
{
    const QString path = testBinaryDir() + QStringLiteral("/screenshots/") + name;
    QDir().mkpath(QFileInfo(path).path());
    window->grabWindow().save(path);
    return path;
}
} // namespace

class AdHocCommandPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("org.kde.desktop")); }

    void runsACommandToItsResultTable()
    {
        QTcpServer remote;
        QVERIFY(remote.listen(QHostAddress::LocalHost));
        int contacted = 0;
        connect(&remote, &QTcpServer::newConnection, this, [&contacted] { ++contacted; });
        const QString image
            = QStringLiteral("<img src=\"http://127.0.0.1:%1/leak.png\">").arg(remote.serverPort());

        Entity entity;
        Xep0050AdHocCommands commands(entity.sender());
        AdHocCommandController controller;
        controller.setCommands(&commands);
        controller.setJid(QStringLiteral("127.0.0.1@irc.example.test"));

        QQmlApplicationEngine engine;
        KLocalization::setupLocalizedContext(&engine); // as the app does, for Kirigami Addons' texts
        QStringList qmlWarnings;
        engine.setOutputWarningsToStandardError(false);
        connect(&engine, &QQmlEngine::warnings, this, [&qmlWarnings](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings) {
                qmlWarnings.append(warning.toString());
            }
        });
        engine.rootContext()->setContextProperty(QStringLiteral("theController"), &controller);
        engine.loadData(
            QByteArrayLiteral("import QtQuick\n"
                              "import org.kde.kirigami as Kirigami\n"
                              "import Isthmus\n"
                              "Kirigami.ApplicationWindow {\n"
                              "    width: 760; height: 640; visible: true\n"
                              "    pageStack.initialPage: AdHocCommandPage { controller: theController }\n"
                              "}\n"));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // The page asks for the list as it opens.
        QTRY_COMPARE(entity.pending.size(), 1);
        QVERIFY(entity.sent.last().contains(QStringLiteral("disco#items")));
        entity.answer(QStringLiteral(
            "<iq xmlns='jabber:client' type='result' from='127.0.0.1@irc.example.test' id='x'>"
            "<query xmlns='http://jabber.org/protocol/disco#items' "
            "node='http://jabber.org/protocol/commands'>"
            "<item jid='127.0.0.1@irc.example.test' node='configure' name='Configure the IRC server'/>"
            "<item jid='127.0.0.1@irc.example.test' node='list-users' name='Who is here'/>"
            "</query></iq>"));
        QTRY_VERIFY(shown(window, QStringLiteral("Configure the IRC server")) > 0);
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
        save(window, QStringLiteral("adhoc-commands-list.png"));

        controller.run(QStringLiteral("configure"), QStringLiteral("Configure the IRC server"));
        QTRY_COMPARE(entity.pending.size(), 1);
        const QString hostileNote = image + QStringLiteral("<b>note</b>");
        const QString hostileLabel = QStringLiteral("Ports <i>%1</i>").arg(image);
        entity.answer(QStringLiteral(
            "<iq xmlns='jabber:client' type='result' from='127.0.0.1@irc.example.test' id='x'>"
            "<command xmlns='http://jabber.org/protocol/commands' node='configure' "
            "sessionid='s1' status='executing'>"
            "<actions execute='complete'><complete/></actions>"
            "<note type='warn'>%1</note>"
            "<x xmlns='jabber:x:data' type='form'><title>IRC server</title>"
            "<instructions>%2</instructions>"
            "<field var='ports' type='text-multi' label='%3'><value>6667</value></field>"
            "<field var='nick' type='text-single' label='Nickname'/>"
            "<field var='qr' type='fixed' label='Scan with your phone'>"
            "<media xmlns='urn:xmpp:media-element'><uri type='image/png'>http://127.0.0.1:%5/qr.png</uri>"
            "<uri type='image/png'>%4</uri></media><value>tg://login?token=abc</value></field>"
            "</x></command></iq>")
                .arg(hostileNote.toHtmlEscaped(), image.toHtmlEscaped(), hostileLabel.toHtmlEscaped(),
                    codePicture())
                .arg(remote.serverPort()));
        QTRY_COMPARE(controller.state(), QStringLiteral("executing"));
        QVERIFY(controller.hasForm());
        QVERIFY(controller.canComplete());
        QTest::qWait(500);
        const QString form = save(window, QStringLiteral("adhoc-command-form-qr.png"));
        QVERIFY2(distinctColours(form) > 10, "the form looks blank");

        // The code is drawn from its data: URI; the http one beside it is never fetched.
        QTRY_VERIFY([&] {
            const auto items = itemsBelow(window->contentItem());
            for (QQuickItem *item : items) {
                if (item->inherits("QQuickImage") && item->property("status").toInt() == 1 /* Ready */
                    && item->property("source").toString().startsWith(QLatin1String("data:image/png"))) {
                    return true;
                }
            }
            return false;
        }());
        controller.form()->setValue(1, QStringLiteral("isthmus"));
        controller.complete();
        QTRY_COMPARE(entity.pending.size(), 1);
        QVERIFY(entity.sent.last().contains(QStringLiteral("<value>isthmus</value>")));
        entity.answer(
            QStringLiteral("<iq xmlns='jabber:client' type='result' from='127.0.0.1@irc.example.test' id='x'>"
                           "<command xmlns='http://jabber.org/protocol/commands' node='configure' "
                           "sessionid='s1' status='completed'>"
                           "<note type='info'>Saved.</note>"
                           "<x xmlns='jabber:x:data' type='result'><title>Users</title>"
                           "<reported><field var='nick' label='Nick'/><field var='host' label='Host'/><field "
                           "var='idle' label='Idle'/></reported>"
                           "<item><field var='nick'><value>ann</value></field><field "
                           "var='host'><value>127.0.0.1</value></field>"
                           "<field var='idle'><value>3 min</value></field></item>"
                           "<item><field var='nick'><value>&lt;b&gt;ben&lt;/b&gt;</value></field><field "
                           "var='host'><value>::1</value></field>"
                           "<field var='idle'><value>1 h</value></field></item>"
                           "</x></command></iq>"));
        QTRY_COMPARE(controller.state(), QStringLiteral("completed"));
        QTRY_VERIFY(shown(window, QStringLiteral("ann")) > 0);
        QVERIFY(shown(window, QStringLiteral("<b>ben</b>")) > 0); // as written
        QVERIFY(shown(window, QStringLiteral("Nick")) > 0);
        QTest::qWait(1000); // an image load would have connected by now
        const QString table = save(window, QStringLiteral("adhoc-command-table.png"));
        QVERIFY2(distinctColours(table) > 10, "the table looks blank");
        QCOMPARE(contacted, 0);
        QVERIFY2(qmlWarnings.isEmpty(), qPrintable(qmlWarnings.join(u'\n')));
    }
};

QTEST_MAIN(AdHocCommandPageTest)
#include "tst_adhoc_command_page.moc"
