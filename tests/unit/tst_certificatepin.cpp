// SPDX-License-Identifier: GPL-3.0-or-later
// Which certificate errors a trusted pin overrules: only the pinned certificate's, and only
// errors about its issuer or name.
#include <QFile>
#include <QSslCertificate>
#include <QTest>

#include "account/CertificatePin.h"

namespace {
QSslCertificate fixture(const char *name)
{
    QFile file(QStringLiteral("/etc/isthmus-test/%1.crt").arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(&file, QSsl::Pem) : QSslCertificate();
}
} // namespace

class CertificatePinTest : public QObject
{
    Q_OBJECT
private:
    QSslCertificate m_untrusted = fixture("untrusted");
    QSslCertificate m_mismatched = fixture("mismatched");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!m_untrusted.isNull());
        QVERIFY(!m_mismatched.isNull());
    }

    void pinAndFingerprintAreTheSameDigest()
    {
        const QString pin = CertificatePin::pinOf(m_untrusted);
        QCOMPARE(pin.size(), 64);
        QCOMPARE(CertificatePin::pinFromFingerprint(CertificatePin::fingerprintOf(m_untrusted)), pin);
        QCOMPARE(CertificatePin::fingerprintOf(m_untrusted).count(QLatin1Char(':')), 31);
    }

    void acceptsOnlyThePinnedCertificate()
    {
        const QString pin = CertificatePin::pinOf(m_untrusted);
        const QList<QSslError> errors { QSslError(QSslError::UnableToGetLocalIssuerCertificate, m_untrusted),
            QSslError(QSslError::UnableToVerifyFirstCertificate, m_untrusted) };
        QVERIFY(CertificatePin::accepts(pin, m_untrusted, errors));
        // Another certificate with the same kind of errors is a new question.
        const QList<QSslError> otherErrors { QSslError(QSslError::HostNameMismatch, m_mismatched) };
        QVERIFY(!CertificatePin::accepts(pin, m_mismatched, otherErrors));
        QVERIFY(!CertificatePin::accepts(QString(), m_untrusted, errors));
    }

    void neverOverrulesExpiryOrRevocation_data()
    {
        QTest::addColumn<int>("error");
        QTest::addRow("expired") << int(QSslError::CertificateExpired);
        QTest::addRow("not yet valid") << int(QSslError::CertificateNotYetValid);
        QTest::addRow("revoked") << int(QSslError::CertificateRevoked);
        QTest::addRow("bad signature") << int(QSslError::CertificateSignatureFailed);
    }
    void neverOverrulesExpiryOrRevocation()
    {
        QFETCH(int, error);
        const QString pin = CertificatePin::pinOf(m_untrusted);
        const QList<QSslError> errors { QSslError(QSslError::SelfSignedCertificate, m_untrusted),
            QSslError(QSslError::SslError(error), m_untrusted) };
        QVERIFY(!CertificatePin::canBeTrusted(errors));
        QVERIFY(!CertificatePin::accepts(pin, m_untrusted, errors));
    }

    void aNameErrorAboutAnotherCertificateIsRefused()
    {
        const QString pin = CertificatePin::pinOf(m_untrusted);
        const QList<QSslError> errors { QSslError(QSslError::HostNameMismatch, m_mismatched) };
        QVERIFY(!CertificatePin::accepts(pin, m_untrusted, errors));
    }
};

QTEST_GUILESS_MAIN(CertificatePinTest)
#include "tst_certificatepin.moc"
