// Media icons for the playback bar, drawn in the palette's button text colour (legible in both
// themes) at the screen's pixel ratio (sharp on high-DPI screens).
#pragma once

#include <QColor>
#include <QIcon>

namespace goro::gui {

enum class MediaIcon { First, Back, Play, Pause, Forward, Last };

QIcon media_icon(MediaIcon kind, const QColor& color, qreal dpr);

}  // namespace goro::gui
