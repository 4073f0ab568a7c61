// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0050AdHocCommands.h"

#include <memory>

#include <QDomElement>
#include <QPointer>
#include <QTimer>
#include <QXmppDiscoveryIq.h>
#include <QXmppPromise.h>

#include "Xep0050CommandIq.h"
#include "Xep0050CommandSession.h"

Xep0050AdHocCommands::Xep0050AdHocCommands(IqSender sender, QObject *parent)
    : QObject(parent), m_sender(std::move(sender))
{ }

Xep0050AdHocCommands::IqSender Xep0050AdHocCommands::senderFor(QXmppClient *client)
{
    QPointer<QXmppClient> guarded(client);
    return [guarded](QXmppIq &&iq) -> QXmppTask<QXmppClient::IqResult> {
        if (!guarded) {
            QXmppPromise<QXmppClient::IqResult> gone;
            gone.finish(QXmppError { QStringLiteral("The account is gone."), {} });
            return gone.task();
        }
        return guarded->sendIq(std::move(iq));
    };
}

QXmppTask<QXmppClient::IqResult> Xep0050AdHocCommands::send(
    const IqSender &sender, QXmppIq &&iq, std::chrono::milliseconds timeout, QObject *context)
{
    // Whichever comes first, the answer or the timer, finishes the promise; the other is dropped.
    struct Pending
    {
        QXmppPromise<QXmppClient::IqResult> promise;
        bool done = false;
    };
    auto pending = std::make_shared<Pending>();
    const QString to = iq.to();
    QPointer<QTimer> timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [pending, to, timeout, timer] {
        timer->deleteLater();
        if (!pending->done) {
            pending->done = true;
            pending->promise.finish(QXmppError { QStringLiteral("%1 did not answer within %2 seconds.")
                                                     .arg(to)
                                                     .arg((timeout.count() + 999) / 1000),
                {} });
        }
    });
    timer->start(timeout);
    sender(std::move(iq)).then(context, [pending, timer](QXmppClient::IqResult &&result) {
        if (timer) {
            timer->stop();
            timer->deleteLater();
        }
        if (!pending->done) {
            pending->done = true;
            pending->promise.finish(std::move(result));
        }
    });
    return pending->promise.task();
}

QXmppTask<Xep0050AdHocCommands::ListResult> Xep0050AdHocCommands::listCommands(const QString &jid)
{
    QXmppDiscoveryIq request;
    request.setType(QXmppIq::Get);
    request.setQueryType(QXmppDiscoveryIq::ItemsQuery);
    request.setQueryNode(Xep0050::ns.toString());
    request.setTo(jid);
    QXmppPromise<ListResult> promise;
    auto task = promise.task();
    send(m_sender, std::move(request), m_timeout, this)
        .then(this, [promise = std::move(promise), jid](QXmppClient::IqResult &&result) mutable {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                promise.finish(std::move(*error));
                return;
            }
            QXmppDiscoveryIq answer;
            answer.parse(std::get<QDomElement>(result));
            if (answer.type() == QXmppIq::Error) {
                promise.finish(QXmppError { answer.error().text().isEmpty()
                        ? QStringLiteral("%1 offers no commands.").arg(jid)
                        : answer.error().text(),
                    answer.error() });
                return;
            }
            QList<Xep0050Command> commands;
            const auto items = answer.items();
            for (const QXmppDiscoveryIq::Item &item : items) {
                if (item.node().isEmpty()) {
                    continue;
                }
                if (commands.size() == maxCommands) {
                    break;
                }
                // A command runs at the address its item names (default: the one asked).
                commands.append({ item.jid().isEmpty() ? jid : item.jid(), item.node(),
                    item.name().isEmpty() ? item.node() : item.name() });
            }
            promise.finish(std::move(commands));
        });
    return task;
}

Xep0050CommandSession *Xep0050AdHocCommands::session(const QString &jid, const QString &node, QObject *parent)
{
    return new Xep0050CommandSession(m_sender, jid, node, m_timeout, parent);
}
