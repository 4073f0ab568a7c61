// SPDX-License-Identifier: GPL-3.0-or-later
// One capability (messaging, contacts, OMEMO, group chats, gateways, files...): one entry point
// per capability folder. install() registers everything it adds (receive stages, outgoing
// stages, stores, per-account parts) with the host; the composition root gains one line per
// capability (SessionCore) and never learns what the capability holds.
#pragma once

#include <QString>

class CapabilityHost;
class QObject;

class Capability
{
public:
    virtual ~Capability() = default;
    // Unique; the models layer finds the capability's controller by it.
    virtual QString name() const = 0;
    // Called once by the root, before or after accounts exist (per-account hooks registered
    // here also run for the accounts already there).
    virtual void install(CapabilityHost &host) = 0;
    // What the models layer exposes to QML for this capability (its properties, signals and
    // invokables), owned by the capability; null when it has no UI of its own.
    virtual QObject *controller() const { return nullptr; }
};
