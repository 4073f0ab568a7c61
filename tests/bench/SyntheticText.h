// SPDX-License-Identifier: GPL-3.0-or-later
// Message text for benchmarks: a 5,000-word vocabulary used with Zipf-like frequencies (a few
// common words, a long tail, as FTS sees real chat), message lengths mostly short with now and
// then a paragraph, and contact names. Deterministic for a given generator.
#pragma once

#include <QRandomGenerator>
#include <QStringList>

class SyntheticText
{
public:
    explicit SyntheticText(QRandomGenerator &random) : m_random(random)
    {
        m_words = { QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("meeting"),
            QStringLiteral("tomorrow"), QStringLiteral("climbing"), QStringLiteral("release"),
            QStringLiteral("coffee") };
        while (m_words.size() < 5000) {
            m_words.append(word());
        }
    }

    const QStringList &words() const { return m_words; }

    // Most messages are 1-12 words; one in ten is 20-80, one in a hundred a long paragraph.
    QString message()
    {
        const int roll = int(m_random.bounded(100));
        const int length = roll == 0 ? 150 + int(m_random.bounded(150))
            : roll < 10              ? 20 + int(m_random.bounded(60))
                                     : 1 + int(m_random.bounded(12));
        return words(length);
    }

    QString words(int count)
    {
        QStringList text;
        for (int w = 0; w < count; ++w) {
            const double r = m_random.generateDouble();
            text.append(m_words.at(int(r * r * r * m_words.size())));
        }
        return text.join(QLatin1Char(' '));
    }

    QString name()
    {
        QString first = word();
        QString last = word();
        first[0] = first.at(0).toUpper();
        last[0] = last.at(0).toUpper();
        return first + QLatin1Char(' ') + last;
    }

private:
    QString word()
    {
        QString word;
        const int length = 3 + int(m_random.bounded(8));
        for (int i = 0; i < length; ++i) {
            word.append(QChar(u'a' + m_random.bounded(26)));
        }
        return word;
    }

    QRandomGenerator &m_random;
    QStringList m_words;
};
