// SPDX-License-Identifier: GPL-3.0-or-later
// One step of the receive pipeline (filter, decrypt, amend, enrich, store).
#pragma once

#include <memory>

#include <QFuture>
#include <QString>

struct ReceivedMessage;

// Where a stage runs. The groups run in this order; within a group, stages run in the order they
// were added (so a capability's install decides the order of its own stages, never a number).
enum class StageGroup {
    Filter, // drops what is not for us (wrong type, forged, blocked) before anything reads it
    Decrypt, // turns an encrypted payload into the body the later groups read
    Amend, // markers, chat states, corrections, retractions, reactions: record effects on stored messages
    Enrich, // adds to the message that will be stored (replies, file metadata...)
    Store, // the last word before the store: what is left without content is dropped
};

class PipelineStage
{
public:
    virtual ~PipelineStage() = default;
    virtual QString name() const = 0;
    virtual StageGroup group() const = 0;
    // A synchronous stage. Returns false to drop the message: no later stage runs and no message
    // row is stored; the effects recorded so far (ReceivedMessage::effects) still apply.
    virtual bool process(ReceivedMessage &message) = 0;

    // An asynchronous stage (decryption on the database thread, a key fetched from the server)
    // says so here and overrides processAsync(); the pipeline then waits for its future, and
    // later messages of the same stream are still stored after this one. Until the future
    // finishes, the stage alone may touch *message (from any thread); the future yields what
    // process() would return. A failed future drops the message.
    virtual bool isAsynchronous() const { return false; }
    virtual QFuture<bool> processAsync(std::shared_ptr<ReceivedMessage> message)
    {
        return QtFuture::makeReadyValueFuture(process(*message));
    }
};
