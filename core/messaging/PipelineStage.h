// SPDX-License-Identifier: GPL-3.0-or-later
// Moved to capability/ (the floor every capability folder plugs into); kept so that older
// includes build. New code includes "capability/PipelineStage.h".
#pragma once

#include "capability/PipelineStage.h"
