// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// File → Connect: where the live feed comes from (ATAK's mesh or any UDP address, a TCP server for simple
// senders, or a TAK Server over TCP or TLS with the certificate files TAK issues), which partner a sender's
// reports belong to when they do not say, and where to broadcast what the viewer plays. Saved connections
// (maps/live/LiveConnection, in QSettings) fill it in one click; passwords are asked each time, never saved.
// GUI thread only.

#include "maps/live/LiveConnection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace trilink::app {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The connection as filled in; nullopt with *error while something does not read.
    std::optional<maps::live::LiveConnection> connection(QString *error = nullptr) const;
    void setConnection(const maps::live::LiveConnection &c);
    void accept() override;

    // For tests: the widgets a user fills in.
    QComboBox *savedBox() const { return m_saved; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *addressEdit() const { return m_address; }
    QSpinBox *portBox() const { return m_port; }
    QPlainTextEdit *partnersEdit() const { return m_partners; }
    QGroupBox *broadcastGroup() const { return m_broadcast; }

private:
    void kindChanged();
    void validate();
    void chooseSaved(int index);
    void saveCurrent();
    void deleteCurrent();
    void reloadSaved(const QString &select);
    QLineEdit *fileField(const QString &caption, const QString &filter, QWidget **row);

    std::vector<maps::live::LiveConnection> m_connections;
    QComboBox *m_saved;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_address;
    QSpinBox *m_port;
    QComboBox *m_interface;
    QGroupBox *m_tls;
    QLineEdit *m_certificate, *m_key, *m_trust, *m_password, *m_peerName;
    QPlainTextEdit *m_partners;
    QGroupBox *m_broadcast;
    QComboBox *m_broadcastKind;
    QLineEdit *m_broadcastAddress;
    QSpinBox *m_broadcastPort;
    QComboBox *m_encoding;
    QLabel *m_problem;
    QPushButton *m_connect;
};

} // namespace trilink::app
