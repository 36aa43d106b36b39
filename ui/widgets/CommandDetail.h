#pragma once

#include "commands/CommandTracker.h"

#include <QCoreApplication>
#include <QString>

namespace deck::ui {

/// The words of a command's detail (its translation context).
struct CommandDetail
{
    Q_DECLARE_TR_FUNCTIONS(CommandDetail)
};

/// A command as the Commands page shows it: state, record (template, target, topic, answer
/// topics, operator, reason, broker, times, payload sent) and its timeline, as HTML.
QString commandDetailHtml(const commands::TrackedCommand &command);

} // namespace deck::ui
