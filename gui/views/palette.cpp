#include "views/palette.h"

namespace goro::gui {

Theme Theme::light() {
  Theme t;
  t.background = QColor("#fbfbfa");
  t.lane_alt = QColor("#f1f2f0");
  t.grid = QColor("#dcdfdb");
  t.text = QColor("#22262a");
  t.muted_text = QColor("#6b7177");
  t.cursor = QColor("#1f3b57");
  t.exit_mark = QColor("#3d4349");
  t.amber_text = QColor("#9a6a00");
  t.panel = QColor("#f3f4f2");
  t.button = QColor("#eceeeb");
  t.highlight = QColor("#2f6db5");
  auto set = [&](Paint p, const char* c) { t.paint[static_cast<int>(p)] = QColor(c); };
  set(Paint::Running, "#3f9b6a");
  set(Paint::Runnable, "#b7c6cf");
  set(Paint::ChanSend, "#4f7fc4");
  set(Paint::ChanRecv, "#86a9dc");
  set(Paint::Select, "#8b74c4");
  set(Paint::Lock, "#b98a5e");
  set(Paint::WaitGroup, "#6fa3a0");
  set(Paint::OtherWait, "#9aa3ab");
  set(Paint::Sleeping, "#d9dee2");
  set(Paint::Permanent, "#d63d3d");
  set(Paint::NeverFinishing, "#e3a21a");
  return t;
}

Theme Theme::dark_theme() {
  Theme t = light();
  t.dark = true;
  t.background = QColor("#1d2124");
  t.lane_alt = QColor("#23282c");
  t.grid = QColor("#3a4146");
  t.text = QColor("#e6e8ea");
  t.muted_text = QColor("#9aa2a9");
  t.cursor = QColor("#9cc3ea");
  t.exit_mark = QColor("#c9ced2");
  t.amber_text = QColor("#f0b840");
  t.panel = QColor("#25292d");
  t.button = QColor("#30363b");
  t.highlight = QColor("#3d7cc9");
  t.paint[static_cast<int>(Paint::Sleeping)] = QColor("#4a5359");
  t.paint[static_cast<int>(Paint::Runnable)] = QColor("#66747d");
  t.paint[static_cast<int>(Paint::Permanent)] = QColor("#ef5350");
  return t;
}

QPalette Theme::widget_palette() const {
  QPalette p;
  for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
    const bool off = group == QPalette::Disabled;
    QColor txt = off ? muted_text : text;
    p.setColor(group, QPalette::Window, panel);
    p.setColor(group, QPalette::WindowText, txt);
    p.setColor(group, QPalette::Base, background);
    p.setColor(group, QPalette::AlternateBase, lane_alt);
    p.setColor(group, QPalette::Text, txt);
    p.setColor(group, QPalette::PlaceholderText, muted_text);
    p.setColor(group, QPalette::Button, button);
    p.setColor(group, QPalette::ButtonText, txt);
    p.setColor(group, QPalette::BrightText, QColor("#ffffff"));
    p.setColor(group, QPalette::Highlight, off ? grid : highlight);
    p.setColor(group, QPalette::HighlightedText, QColor("#ffffff"));
    p.setColor(group, QPalette::ToolTipBase, dark ? QColor("#30363b") : QColor("#fffef6"));
    p.setColor(group, QPalette::ToolTipText, text);
    p.setColor(group, QPalette::Link, dark ? QColor("#7fb3f5") : QColor("#1f5fae"));
    p.setColor(group, QPalette::LinkVisited, dark ? QColor("#b39af0") : QColor("#6a3fa8"));
    p.setColor(group, QPalette::Light, dark ? button.lighter(130) : QColor("#ffffff"));
    p.setColor(group, QPalette::Midlight, button.lighter(110));
    p.setColor(group, QPalette::Mid, grid);
    p.setColor(group, QPalette::Dark, dark ? QColor("#15181a") : QColor("#a0a6a0"));
    p.setColor(group, QPalette::Shadow, QColor("#000000"));
  }
  return p;
}

Paint paint_for(const analysis::Interval& iv, bool permanent, bool never_finishing) {
  using analysis::TaskState;
  if (permanent) return Paint::Permanent;
  switch (iv.state) {
    case TaskState::Running: return Paint::Running;
    case TaskState::Runnable: return Paint::Runnable;
    case TaskState::Sleeping: return never_finishing ? Paint::NeverFinishing : Paint::Sleeping;
    case TaskState::Exited: return Paint::Runnable;
    case TaskState::Blocked: break;
  }
  if (never_finishing) return Paint::NeverFinishing;
  switch (iv.reason) {
    case WaitReason::ChanSend:
    case WaitReason::NilChanSend: return Paint::ChanSend;
    case WaitReason::ChanRecv:
    case WaitReason::NilChanRecv: return Paint::ChanRecv;
    case WaitReason::Select:
    case WaitReason::SelectNoCases: return Paint::Select;
    case WaitReason::Mutex:
    case WaitReason::RWMutexLock:
    case WaitReason::RWMutexRLock: return Paint::Lock;
    case WaitReason::WaitGroup: return Paint::WaitGroup;
    default: return Paint::OtherWait;
  }
}

QString paint_label(Paint p) {
  switch (p) {
    case Paint::Running: return QStringLiteral("running");
    case Paint::Runnable: return QStringLiteral("runnable");
    case Paint::ChanSend: return QStringLiteral("blocked: send");
    case Paint::ChanRecv: return QStringLiteral("blocked: receive");
    case Paint::Select: return QStringLiteral("blocked: select");
    case Paint::Lock: return QStringLiteral("blocked: lock");
    case Paint::WaitGroup: return QStringLiteral("blocked: wait group");
    case Paint::OtherWait: return QStringLiteral("blocked: once / cond");
    case Paint::Sleeping: return QStringLiteral("sleeping");
    case Paint::Permanent: return QStringLiteral("permanently blocked");
    case Paint::NeverFinishing: return QStringLiteral("alive, never finishing");
    case Paint::Count_: break;
  }
  return {};
}

}  // namespace goro::gui
