#pragma once

#include <QString>

#include <optional>

// One setting to change in OBS: a profile parameter (SetProfileParameter
// category/name) or, with category "Video", a field of SetVideoSettings.
// oldValue is what OBS held (nullopt: the profile did not set it, and
// restoring deletes it again).
struct ObsParameterChange
{
    static QString videoCategory()
    {
        return QStringLiteral("Video");
    }

    QString category;
    QString name;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;

    bool isVideoSetting() const
    {
        return category == videoCategory();
    }
    bool operator==(const ObsParameterChange& other) const
    {
        return category == other.category && name == other.name && oldValue == other.oldValue &&
               newValue == other.newValue;
    }
};
