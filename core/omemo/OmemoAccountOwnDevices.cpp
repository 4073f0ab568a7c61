// SPDX-License-Identifier: GPL-3.0-or-later
// OmemoAccount, its part about the other devices of our own account: taking an old one off our
// lists. Kept apart so that OmemoAccount.cpp stays readable.
#include <QPromise>

#include "OmemoAccount.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoPep.h"
#include "storage/Database.h"

QFuture<void> OmemoAccount::removeOwnDevice(quint32 deviceId)
{
    if (deviceId == m_deviceId) {
        return QtFuture::makeExceptionalFuture(
            OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "this device cannot remove itself"))));
    }
    if (!m_engine || !isConnected()) {
        return QtFuture::makeExceptionalFuture(OmemoError(omemoReason(
            QT_TRANSLATE_NOOP("OmemoReason", "the account is not connected: try again once it is"))));
    }
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto pending = std::make_shared<int>(2);
    auto failed = std::make_shared<bool>(false);
    auto step = [promise, pending, failed](bool ok) {
        *failed = *failed || !ok;
        if (--*pending != 0) {
            return;
        }
        if (*failed) {
            promise->setException(std::make_exception_ptr(OmemoError(omemoReason(
                QT_TRANSLATE_NOOP("OmemoReason", "the server did not accept the new device list")))));
        }
        promise->finish();
    };
    const QString own = ownBareJid();
    for (OmemoVersion version : { OmemoVersion::Omemo2, OmemoVersion::Legacy }) {
        // From the server's list, not ours: it may know devices we have not heard of yet.
        m_pep->fetchDeviceList(version, own, [=, this](std::optional<QList<quint32>> ids) {
            if (!ids) {
                step(false);
                return;
            }
            QList<quint32> rest = *ids;
            rest.removeAll(deviceId);
            auto forget = [=, this](bool published) {
                if (!published) {
                    step(false);
                    return;
                }
                m_database
                    ->run([engine = m_engine, version, own, rest](
                              QSqlDatabase &) { engine->store().setDeviceList(version, own, rest); })
                    .then(this, [=, this] {
                        m_pep->removeOwnBundle(version, deviceId, [](bool) { });
                        step(true);
                    });
            };
            if (rest.size() == ids->size()) {
                forget(true);
            } else {
                m_pep->publishDeviceList(version, rest, forget);
            }
        });
    }
    qCInfo(lcOmemo) << "removing own device" << deviceId;
    return promise->future();
}
