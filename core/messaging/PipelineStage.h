// SPDX-License-Identifier: GPL-3.0-or-later
// One step of the receive pipeline (filter, decrypt, enrich...).
#pragma once

#include <QString>

struct ReceivedMessage;

// Where a stage runs. The groups run in this order; within a group, stages run in the order they
// were added (so a capability's install decides the order of its own stages, never a number).
enum class StageGroup {
    Filter, // drops what is not for us (wrong type, forged, blocked) before anything reads it
    Decrypt, // turns an encrypted payload into the body the later groups read
    Amend, // markers, chat states, corrections, retractions, reactions: change what is stored
    Enrich, // adds to the message that will be stored (replies, file metadata...)
    Store, // the last word before the store: what is left without content is dropped
};

class PipelineStage
{
public:
    virtual ~PipelineStage() = default;
    virtual QString name() const = 0;
    virtual StageGroup group() const = 0;
    // Returns false to drop the message: no later stage runs and nothing is stored.
    virtual bool process(ReceivedMessage &message) = 0;
};
