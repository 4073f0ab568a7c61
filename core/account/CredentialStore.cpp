// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include <memory>

#include <QCoreApplication>
#include <QPromise>
#include <qt6keychain/keychain.h>

#include "KeychainError.h"
#include "Logging.h"

namespace {
QString describe(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("CredentialStore", "The system keychain refused access: %1")
            .arg(job.errorString());
    default:
        // Without a Secret Service (or its session bus) QtKeychain reports anything from "no
        // backend" to "Unknown error": for the person it is all the same fact. The detail is logged.
        return QCoreApplication::translate("CredentialStore",
            "No system keychain is available (Secret Service, KWallet...), so the password is not "
            "saved: Isthmus asks for it at the next start.");
    }
}

template<typename Job> Job *newJob(const QString &service, const QString &jid)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(jid);
    return job;
}
} // namespace

CredentialStore::CredentialStore(QString service, QObject *parent)
    : QObject(parent), m_service(std::move(service))
{ }

QFuture<std::optional<QString>> CredentialStore::readPassword(const QString &jid)
{
    auto promise = std::make_shared<QPromise<std::optional<QString>>>();
    promise->start();
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_service, jid);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            promise->addResult(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
        } else if (finished->error() == QKeychain::EntryNotFound) {
            promise->addResult(std::nullopt);
        } else {
            qCWarning(lcAccount) << "keychain read failed:" << finished->errorString();
            promise->setException(KeychainError(describe(*finished)));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<void> CredentialStore::writePassword(const QString &jid, const QString &password)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto *job = newJob<QKeychain::WritePasswordJob>(m_service, jid);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcAccount) << "keychain write failed:" << finished->errorString();
            promise->setException(KeychainError(describe(*finished)));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<void> CredentialStore::removePassword(const QString &jid)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_service, jid);
    connect(job, &QKeychain::Job::finished, this, [promise](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            promise->setException(KeychainError(describe(*finished)));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}
