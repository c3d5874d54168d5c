#pragma once

#include <QEventLoop>

#include <optional>
#include <tuple>
#include <type_traits>

// Runs one asynchronous call to its end on a local event loop, for the command
// line, which works one step after another on top of a library that does not.
// The call's callback may come later or at once (a session that is not
// connected answers at once); both end the wait.
//   const auto [settings, error] = CliAwait::results<ObsSettings, ObsError>(
//       [&](auto done) { obs.readSettings(done); });
class CliAwait
{
public:
    template <typename... Results, typename Start> static std::tuple<std::decay_t<Results>...> results(Start&& start)
    {
        QEventLoop loop;
        std::optional<std::tuple<std::decay_t<Results>...>> received;
        start([&](const Results&... values) {
            received.emplace(values...);
            loop.quit();
        });
        if (!received) {
            loop.exec();
        }
        return std::move(*received);
    }
};
