#pragma once

#include <QString>

// What an OBS encoder id says about the stream: the codec and whether OBS's
// x264 options apply. Simple output mode names encoders "x264", "nvenc",
// "qsv", "amd", "nvenc_hevc", ...; Advanced mode uses the encoder ids
// ("obs_x264", "jim_nvenc", "h264_texture_amf", "ffmpeg_vaapi", ...).
class ObsVideoEncoder
{
public:
    enum class Kind
    {
        X264,         // software H.264, x264 options apply
        HardwareH264, // H.264 on a GPU (NVENC, QSV, AMF, VA-API, VideoToolbox)
        Hevc,
        Av1,
        Unknown,
    };

    static Kind classify(const QString& encoderId);
    static bool isH264(Kind kind)
    {
        return kind == Kind::X264 || kind == Kind::HardwareH264;
    }
};
