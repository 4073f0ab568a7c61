// SPDX-License-Identifier: GPL-3.0-or-later
// Ad-hoc commands (XEP-0050) of one entity for a page: the list of its commands, then one run
// at a time with its form (a DataFormModel), notes, result table and the steps it allows. All
// of it is the entity's text, for plain-text display.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include "DataFormModel.h"

Q_MOC_INCLUDE("models/RootController.h")

class RootController;
class Xep0050AdHocCommands;
class Xep0050CommandSession;

class AdHocCommandController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RootController *controllers READ controllers WRITE setControllers NOTIFY targetChanged)
    // Empty: the primary account.
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY targetChanged)
    // Whose commands: a gateway, an IRC server behind it, a contact.
    Q_PROPERTY(QString jid READ jid WRITE setJid NOTIFY targetChanged)
    // [{ jid, node, name }]
    Q_PROPERTY(QVariantList commands READ commands NOTIFY commandsChanged)
    // "idle", "listing", "waiting", "executing", "completed", "canceled", "failed"
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString commandName READ commandName NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(DataFormModel *form READ form CONSTANT)
    Q_PROPERTY(bool hasForm READ hasForm NOTIFY changed)
    // [{ type: "info" | "warn" | "error", text }]
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    Q_PROPERTY(QStringList tableColumns READ tableColumns NOTIFY changed)
    Q_PROPERTY(QVariantList tableRows READ tableRows NOTIFY changed)
    Q_PROPERTY(bool tableTruncated READ tableTruncated NOTIFY changed)
    Q_PROPERTY(bool canPrev READ canPrev NOTIFY changed)
    Q_PROPERTY(bool canNext READ canNext NOTIFY changed)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
public:
    explicit AdHocCommandController(QObject *parent = nullptr);
    ~AdHocCommandController() override;

    RootController *controllers() const;
    void setControllers(RootController *controllers);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QString jid() const { return m_jid; }
    void setJid(const QString &jid);
    // Runs commands through these instead of the account's connection (tests).
    void setCommands(Xep0050AdHocCommands *commands);

    QVariantList commands() const { return m_commandList; }
    QString state() const;
    QString commandName() const { return m_commandName; }
    QString errorText() const;
    DataFormModel *form() const { return m_form; }
    bool hasForm() const { return m_hasForm; }
    QVariantList notes() const { return m_notes; }
    QStringList tableColumns() const { return m_tableColumns; }
    QVariantList tableRows() const { return m_tableRows; }
    bool tableTruncated() const { return m_tableTruncated; }
    bool canPrev() const;
    bool canNext() const;
    bool canComplete() const;
    bool running() const;

    Q_INVOKABLE void listCommands();
    Q_INVOKABLE void run(const QString &node, const QString &name = {}, const QString &jid = {});
    // The entity's default step ("execute") with the form as filled in.
    Q_INVOKABLE void execute();
    Q_INVOKABLE void next();
    Q_INVOKABLE void prev();
    Q_INVOKABLE void complete();
    Q_INVOKABLE void cancel();
    // Back to the list of commands.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void targetChanged();
    void commandsChanged();
    void changed();

private:
    Xep0050AdHocCommands *commandsForTarget();
    void showStage();
    void proceed(int action);

    QPointer<RootController> m_controllers;
    QString m_account;
    QString m_jid;
    QPointer<Xep0050AdHocCommands> m_injected;
    Xep0050AdHocCommands *m_own = nullptr; // over the account's client, rebuilt per target
    QPointer<Xep0050CommandSession> m_run;
    QVariantList m_commandList;
    bool m_listing = false;
    QString m_listError;
    QString m_commandName;
    DataFormModel *m_form;
    bool m_hasForm = false;
    QVariantList m_notes;
    QStringList m_tableColumns;
    QVariantList m_tableRows;
    bool m_tableTruncated = false;
};
