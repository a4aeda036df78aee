#include "widgets/prompter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace goro::gui {

Prompter Prompter::dialogs() {
  Prompter p;
  p.open_path = [](QWidget* parent, const QString& title, const QString& dir, const QString& filter) {
    return QFileDialog::getOpenFileName(parent, title, dir, filter);
  };
  p.save_path = [](QWidget* parent, const QString& title, const QString& suggested, const QString& filter) {
    // The window asks before replacing (confirm_replace), for every way a path can reach it.
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr, QFileDialog::DontConfirmOverwrite);
  };
  p.confirm_replace = [](QWidget* parent, const QString& path) {
    return QMessageBox::question(parent, QStringLiteral("Replace the file?"),
                                 QStringLiteral("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
  };
  return p;
}

}  // namespace goro::gui
