// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawXmppServer.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace {
const QByteArray features = "<stream:features>";
const QByteArray featuresEnd = "</stream:features>";
constexpr int scramIterations = 4096;

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha1);
}

// The value of `key=` in a SCRAM message ("r=...,s=...").
QByteArray scramValue(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=') {
            return part.mid(2);
        }
    }
    return {};
}
} // namespace

RawXmppServer::RawXmppServer(Options options) : m_options(std::move(options)) { }

bool RawXmppServer::start(const QString &address)
{
    const QHostAddress host(address);
    if (!host.isLoopback()) {
        return false;
    }
    return listen(host);
}

bool RawXmppServer::clientConnected() const
{
    return m_client && m_client->state() == QAbstractSocket::ConnectedState;
}

bool RawXmppServer::write(const QByteArray &bytes)
{
    if (!clientConnected()) {
        return false;
    }
    m_client->write(bytes);
    m_client->flush();
    return true;
}

void RawXmppServer::incomingConnection(qintptr descriptor)
{
    if (m_client) {
        // The newest connection is the client's: the old one stops being read (it still counts
        // when it closes, which may come after the new one arrived).
        disconnect(m_client, &QSslSocket::readyRead, this, nullptr);
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(descriptor);
    QList<QSslCertificate> chain;
    for (const QString &file : std::as_const(m_options.certificateFiles)) {
        chain += QSslCertificate::fromPath(file, QSsl::Pem);
    }
    QSslConfiguration tls = socket->sslConfiguration();
    tls.setLocalCertificateChain(chain);
    QFile key(m_options.keyFile);
    if (key.open(QIODevice::ReadOnly)) {
        tls.setPrivateKey(QSslKey(&key, QSsl::Ec));
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(tls);
    m_client = socket;
    m_buffer.clear();
    m_authenticated = false;
    m_bound = false;
    ++m_connections;
    connect(socket, &QSslSocket::readyRead, this, &RawXmppServer::readClient);
    connect(socket, &QSslSocket::disconnected, this, [this] { ++m_closed; });
}

void RawXmppServer::readClient()
{
    const QByteArray bytes = m_client->readAll();
    m_received += bytes;
    m_buffer += bytes;
    // Top-level elements the client sends, each whole in the buffer before it is handled. The
    // client never nests these names inside each other.
    static const QRegularExpression element(
        QStringLiteral(
            R"(<stream:stream\b[^>]*>|<(starttls|auth|response|iq|presence|message|enable|r|a)\b[^>]*?(/>|>.*?</\1>))"),
        QRegularExpression::DotMatchesEverythingOption);
    for (;;) {
        const QString text = QString::fromUtf8(m_buffer);
        const QRegularExpressionMatch match = element.match(text);
        if (!match.hasMatch()) {
            return;
        }
        m_buffer = text.mid(match.capturedEnd()).toUtf8();
        const QString name = match.captured(1).isEmpty() ? QStringLiteral("stream") : match.captured(1);
        handle(match.captured(), name);
        if (!m_client) {
            return;
        }
    }
}

void RawXmppServer::handle(const QString &element, const QString &name)
{
    const QByteArray domain = m_options.domain.toUtf8();
    if (name == QLatin1String("stream")) {
        QByteArray reply = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                           "xmlns:stream='http://etherx.jabber.org/streams' id='raw"
            + QByteArray::number(m_connections) + "' from='" + domain + "' version='1.0'>" + features;
        if (!m_client->isEncrypted() && m_options.offerStartTls) {
            reply += "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>";
        } else if (!m_authenticated) {
            reply += "<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>";
            for (const QString &mechanism : std::as_const(m_options.mechanisms)) {
                reply += "<mechanism>" + mechanism.toUtf8() + "</mechanism>";
            }
            reply += "</mechanisms>";
        } else {
            reply += "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>";
        }
        write(reply + featuresEnd);
        return;
    }
    if (name == QLatin1String("starttls")) {
        write("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        m_client->startServerEncryption();
        return;
    }
    static const QRegularExpression content(QStringLiteral(R"(>([^<]*)<)"));
    const QByteArray payload = QByteArray::fromBase64(content.match(element).captured(1).toLatin1());
    if (name == QLatin1String("auth")) {
        static const QRegularExpression mechanism(QStringLiteral(R"(mechanism=['"]([^'"]+)['"])"));
        m_mechanism = mechanism.match(element).captured(1);
        if (m_mechanism == QLatin1String("SCRAM-SHA-1") && m_options.mechanisms.contains(m_mechanism)) {
            write("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + scramChallenge(payload).toBase64()
                + "</challenge>");
        } else {
            write("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>");
        }
        return;
    }
    if (name == QLatin1String("response")) {
        const QByteArray success = scramSuccess(payload);
        if (success.isEmpty()) {
            write("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>");
            return;
        }
        m_authenticated = true;
        write("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + success.toBase64() + "</success>");
        return;
    }
    if (name == QLatin1String("iq")) {
        static const QRegularExpression id(QStringLiteral(R"(\bid=['"]([^'"]*)['"])"));
        static const QRegularExpression type(QStringLiteral(R"(\btype=['"](get|set)['"])"));
        static const QRegularExpression resource(QStringLiteral(R"(<resource>([^<]*)</resource>)"));
        const QByteArray iqId = id.match(element).captured(1).toUtf8();
        if (!type.match(element).hasMatch()) {
            return; // a result or error of the client's
        }
        if (element.contains(QLatin1String("urn:ietf:params:xml:ns:xmpp-bind"))) {
            const QByteArray jid = "alice@" + domain + '/' + resource.match(element).captured(1).toUtf8();
            write("<iq type='result' id='" + iqId + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>"
                + jid + "</jid></bind></iq>");
            m_bound = true;
            return;
        }
        if (!m_options.answerRequests) {
            return;
        }
        write("<iq type='error' id='" + iqId
            + "'><error type='cancel'><service-unavailable "
              "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
    }
}

QByteArray RawXmppServer::scramChallenge(const QByteArray &clientFirst)
{
    // "n,,n=alice,r=nonce" (or "y,,..."): the bare part follows the GS2 header's two commas.
    const qsizetype bare = clientFirst.indexOf(',', clientFirst.indexOf(',') + 1) + 1;
    m_clientFirstBare = clientFirst.mid(bare);
    m_salt = QByteArray::number(QRandomGenerator::global()->generate64());
    m_serverFirst = "r=" + scramValue(m_clientFirstBare, 'r')
        + QByteArray::number(QRandomGenerator::global()->generate()) + ",s=" + m_salt.toBase64()
        + ",i=" + QByteArray::number(scramIterations);
    return m_serverFirst;
}

QByteArray RawXmppServer::scramSuccess(const QByteArray &clientFinal)
{
    const QByteArray withoutProof = clientFinal.left(clientFinal.indexOf(",p="));
    const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ',' + withoutProof;
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha1, m_options.password.toUtf8(), m_salt, scramIterations, 20);
    // Checks the client's proof too: a server that accepted anything would test nothing.
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha1);
    const QByteArray signature = hmac(storedKey, authMessage);
    QByteArray proof = QByteArray::fromBase64(scramValue(clientFinal, 'p'));
    if (proof.size() != clientKey.size()) {
        return {};
    }
    for (qsizetype i = 0; i < proof.size(); ++i) {
        proof[i] = char(proof.at(i) ^ signature.at(i));
    }
    if (proof != clientKey) {
        return {};
    }
    return "v=" + hmac(hmac(salted, "Server Key"), authMessage).toBase64();
}
