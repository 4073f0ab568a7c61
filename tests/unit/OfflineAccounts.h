// SPDX-License-Identifier: GPL-3.0-or-later
// What the in-process tests of the composition root share: the test accounts' addresses, an
// account set up against a loopback port where nothing listens (so nothing leaves the machine
// and the outbox keeps what is sent), and a capability that brings only a QML controller.
#pragma once

#include <utility>

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include "capability/Capability.h"

inline const QString alice = QStringLiteral("alice@example.test");
inline const QString bob = QStringLiteral("bob@example.test");
inline const QString carol = QStringLiteral("carol@example.test");

// A port on which nothing listens.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Accounts: an AccountSet (core) or an AccountsController (QML side).
template<typename Accounts> void loginOffline(Accounts *accounts, const QString &jid)
{
    accounts->login(jid, QStringLiteral("secret"), QStringLiteral("127.0.0.1"), closedPort());
}

// A capability whose only part is its controller (named "<name> controller"): what QML finds by
// name. Tests derive from it to install stages or per-account parts as well.
class ControllerCapability : public Capability
{
public:
    explicit ControllerCapability(QString name) : m_name(std::move(name))
    {
        m_controller.setObjectName(m_name + QStringLiteral(" controller"));
    }
    QString name() const override { return m_name; }
    void install(CapabilityHost &) override { }
    QObject *controller() const override { return const_cast<QObject *>(&m_controller); }

private:
    QString m_name;
    QObject m_controller;
};
