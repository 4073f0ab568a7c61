// SPDX-License-Identifier: GPL-3.0-or-later
// One request per key on its way at a time: a caller asking for what is already being fetched
// waits for that answer instead of sending its own. 1,000 messages queued at once to a contact
// whose devices were not known yet sent 2,000 device-list and 1,000 bundle requests.
#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QString>

template<typename Result> class SharedFetches
{
public:
    using Callback = std::function<void(Result)>;

    // True: nothing with this key is on its way, the caller sends the request (and calls finish).
    bool join(const QString &key, Callback done)
    {
        auto &waiting = m_waiting[key];
        waiting.append(std::move(done));
        return waiting.size() == 1;
    }

    // Every caller that joined gets the answer; the next join sends a new request.
    void finish(const QString &key, const Result &result)
    {
        const QList<Callback> waiting = m_waiting.take(key);
        for (const Callback &done : waiting) {
            done(result);
        }
    }

    qsizetype inFlight() const { return m_waiting.size(); }

private:
    QHash<QString, QList<Callback>> m_waiting;
};
