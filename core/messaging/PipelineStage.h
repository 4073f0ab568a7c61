// SPDX-License-Identifier: GPL-3.0-or-later
// One step of the receive pipeline (filter, decrypt, enrich...). Stages run in ascending order.
#pragma once

#include <QString>

struct ReceivedMessage;

class PipelineStage
{
public:
    virtual ~PipelineStage() = default;
    virtual QString name() const = 0;
    virtual int order() const = 0;
    // Returns false to drop the message: no later stage runs and nothing is stored.
    virtual bool process(ReceivedMessage &message) = 0;
};
