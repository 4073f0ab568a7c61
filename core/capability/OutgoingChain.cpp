// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutgoingChain.h"

#include <algorithm>

#include "Logging.h"
#include "OutgoingMessage.h"

OutgoingChain::OutgoingChain(QObject *parent) : QObject(parent) { }

OutgoingChain::~OutgoingChain() = default;

void OutgoingChain::addStage(std::unique_ptr<OutgoingStage> stage)
{
    const auto position = std::upper_bound(m_stages.begin(), m_stages.end(), stage->group(),
        [](OutgoingGroup group, const std::unique_ptr<OutgoingStage> &other) {
            return group < other->group();
        });
    m_stages.insert(position, std::move(stage));
}

QStringList OutgoingChain::stageNames() const
{
    QStringList names;
    for (const auto &stage : m_stages) {
        names.append(stage->name());
    }
    return names;
}

QString OutgoingChain::bounceHoldReason(const QString &account, const QXmppMessage &bounce) const
{
    for (const auto &stage : m_stages) {
        if (QString reason = stage->bounceHoldReason(account, bounce); !reason.isEmpty()) {
            return reason;
        }
    }
    return {};
}

QFuture<OutgoingVerdict> OutgoingChain::run(std::shared_ptr<OutgoingMessage> message, std::size_t first)
{
    for (std::size_t i = first; i < m_stages.size(); ++i) {
        OutgoingStage *stage = m_stages[i].get();
        if (stage->isAsynchronous()) {
            QFuture<OutgoingVerdict> decided = stage->prepareAsync(message);
            // Decided at once (nothing to wait for): on to the next stage in this call.
            if (decided.isFinished() && decided.resultCount() > 0) {
                if (decided.result() != OutgoingVerdict::Send) {
                    return decided;
                }
                continue;
            }
            return decided
                .then(this,
                    [this, message, i](OutgoingVerdict verdict) {
                        return verdict == OutgoingVerdict::Send ? run(message, i + 1)
                                                                : QtFuture::makeReadyValueFuture(verdict);
                    })
                .unwrap();
        }
        const OutgoingVerdict verdict = stage->prepare(*message);
        if (verdict != OutgoingVerdict::Send) {
            return QtFuture::makeReadyValueFuture(verdict);
        }
    }
    return QtFuture::makeReadyValueFuture(OutgoingVerdict::Send);
}

void OutgoingChain::prepare(std::shared_ptr<OutgoingMessage> message, Done done)
{
    const quint64 ticket = m_order.enqueue(message->account);
    auto finish = [this, message, ticket, done = std::move(done)](OutgoingVerdict verdict) {
        m_order.ready(message->account, ticket, [this, message, verdict, done] {
            if (verdict == OutgoingVerdict::Hold) {
                qCInfo(lcMessaging) << "held" << message->stanza.id() << message->holdReason;
                Q_EMIT held(message->account, message->stanza.id(), message->holdReason);
            }
            done(verdict);
        });
    };
    const QFuture<OutgoingVerdict> verdict = run(message, 0);
    auto outcome = [finish](const QFuture<OutgoingVerdict> &f) {
        try {
            finish(f.result());
        } catch (const std::exception &e) {
            // Nothing half-prepared goes out; a stored message stays pending.
            qCWarning(lcMessaging) << "an outgoing stage failed:" << e.what();
            finish(OutgoingVerdict::Drop);
        }
    };
    if (verdict.isFinished()) {
        outcome(verdict);
    } else {
        QFuture<OutgoingVerdict>(verdict).then(this, [outcome](QFuture<OutgoingVerdict> f) { outcome(f); });
    }
}
