// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0198ResumeProbe.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "Logging.h"

namespace {
// XEP-0199's ping; QXmpp 1.10 does not install its own.
class PingIq : public QXmppIq
{
public:
    explicit PingIq(const QString &to)
    {
        setType(QXmppIq::Get);
        setTo(to);
    }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(QStringLiteral("ping"));
        writer->writeDefaultNamespace(QStringLiteral("urn:xmpp:ping"));
        writer->writeEndElement();
    }
};
} // namespace

Xep0198ResumeProbe::Xep0198ResumeProbe(QXmppClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(answerWithinMs);
    connect(&m_deadline, &QTimer::timeout, this, &Xep0198ResumeProbe::giveUp);
    connect(client, &QXmppClient::connected, this, [this] {
        if (m_client->streamManagementState() == QXmppClient::ResumedStream) {
            probe();
        }
    });
    connect(client, &QXmppClient::disconnected, &m_deadline, &QTimer::stop);
}

void Xep0198ResumeProbe::probe()
{
    const quint64 round = ++m_round;
    m_deadline.start();
    m_client->sendIq(PingIq(QXmppUtils::jidToDomain(m_client->configuration().jidBare())))
        .then(this, [this, round](QXmppClient::IqResult &&result) {
            // Any answer, an error included, was read by the server; a cancelled request
            // (the stream ended first) is not an answer, and its stream's loss is handled.
            if (round == m_round && std::holds_alternative<QDomElement>(result)) {
                m_deadline.stop();
            }
        });
}

void Xep0198ResumeProbe::giveUp()
{
    qCWarning(lcAccount) << m_client->configuration().jidBare()
                         << "the server did not answer on the resumed stream within" << answerWithinMs
                         << "ms; starting a new stream";
    Q_EMIT unheard();
    m_client->disconnectFromServer();
}
